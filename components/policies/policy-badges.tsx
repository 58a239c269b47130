import { Badge } from "@/components/ui/badge";
import type { PolicyMode } from "@/generated/prisma/enums";
import { MODE_LABELS } from "@/lib/policy/rule-labels";

/** Shadow policies are watched, enforced ones block: two colours nobody confuses. */
export const ModeBadge = ({ mode }: { mode: PolicyMode }) => (
  <Badge tone={mode === "ENFORCE" ? "red" : "violet"}>{MODE_LABELS[mode]}</Badge>
);

export const EnabledBadge = ({ enabled }: { enabled: boolean }) =>
  enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="slate">Disabled</Badge>;
