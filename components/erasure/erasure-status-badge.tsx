import { Badge } from "@/components/ui/badge";
import { ERASURE_STATUS_LABELS } from "@/lib/labels";

const TONES = { OPEN: "amber", IN_PROGRESS: "sky", COMPLETED: "green", REJECTED: "slate" } as const;

export function ErasureStatusBadge({ status, overdue }: { status: keyof typeof TONES; overdue: boolean }) {
  if (overdue) return <Badge tone="red">Overdue</Badge>;
  return <Badge tone={TONES[status]}>{ERASURE_STATUS_LABELS[status]}</Badge>;
}
