import type { AdapterType, VersionStatus } from "@/generated/prisma/enums";

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

/** "2026-01-31 14:05 UTC": the registry's timestamps are UTC everywhere, so the page says so. */
export const formatUtc = (date: Date | string) =>
  `${new Date(date).toISOString().slice(0, 16).replace("T", " ")} UTC`;
