import type { AdapterType, Stage, VersionStatus } from "@/generated/prisma/enums";

export const ADAPTER_TYPE_LABELS: Record<AdapterType, string> = {
  LORA: "LoRA",
  QLORA: "QLoRA",
  DORA: "DoRA",
  IA3: "IA³",
  PREFIX_TUNING: "Prefix tuning",
  PROMPT_TUNING: "Prompt tuning",
  OTHER: "Other",
};

export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  ACTIVE: "Active",
  DEPRECATED: "Deprecated",
  REVOKED: "Revoked",
};

/**
 * What a reader should take from a version's status: nothing ever marks an archived version as
 * anything but ACTIVE, so "Active" beside "Archived" would contradict the stage. A deprecation or
 * revocation says more than the stage and wins; otherwise the stage decides.
 */
export function versionStatusOf(stage: Stage, status: VersionStatus) {
  if (status === "REVOKED") return { label: VERSION_STATUS_LABELS.REVOKED, tone: "red" } as const;
  if (status === "DEPRECATED") return { label: VERSION_STATUS_LABELS.DEPRECATED, tone: "amber" } as const;
  if (stage === "ARCHIVED") return { label: "Retired", tone: "slate" } as const;
  if (stage === "PRODUCTION") return { label: "Live", tone: "green" } as const;
  return { label: VERSION_STATUS_LABELS.ACTIVE, tone: "sky" } as const;
}

/** "2026-01-31 14:05 UTC": the registry's timestamps are UTC everywhere, so the page says so. */
export const formatUtc = (date: Date | string) =>
  `${new Date(date).toISOString().slice(0, 16).replace("T", " ")} UTC`;
