import { Badge } from "@/components/ui/badge";
import type { Stage, VersionStatus } from "@/generated/prisma/enums";
import { versionStatusOf } from "./version-labels";

export function VersionStatusBadge({ stage, status }: { stage: Stage; status: VersionStatus }) {
  const { label, tone } = versionStatusOf(stage, status);
  return <Badge tone={tone}>{label}</Badge>;
}
