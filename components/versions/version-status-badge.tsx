import { Badge } from "@/components/ui/badge";
import type { Stage, VersionStatus } from "@/generated/prisma/enums";
import { VERSION_STATUS_LABELS } from "@/lib/labels";

/**
 * What a reader should take from a version's status: nothing marks an archived version as anything
 * but ACTIVE, so "Active" beside "Archived" would contradict the stage. A deprecation or revocation
 * says more than the stage and wins; otherwise the stage decides.
 */
function versionStatusOf(stage: Stage, status: VersionStatus) {
  if (status === "REVOKED") return { label: VERSION_STATUS_LABELS.REVOKED, tone: "red" } as const;
  if (status === "DEPRECATED") return { label: VERSION_STATUS_LABELS.DEPRECATED, tone: "amber" } as const;
  if (stage === "ARCHIVED") return { label: "Retired", tone: "slate" } as const;
  if (stage === "PRODUCTION") return { label: "Live", tone: "green" } as const;
  return { label: VERSION_STATUS_LABELS.ACTIVE, tone: "sky" } as const;
}

export function VersionStatusBadge({ stage, status }: { stage: Stage; status: VersionStatus }) {
  const { label, tone } = versionStatusOf(stage, status);
  return <Badge tone={tone}>{label}</Badge>;
}
