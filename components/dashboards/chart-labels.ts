/** Words and colours the charts share; the hues match the badges (components/ui/badge.tsx). */
export { STAGE_COLORS } from "@/components/ui/badge";

export const enumLabel = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");

export const STATUS_COLORS: Record<string, string> = {
  APPROVED: "#059669",
  PENDING: "#d97706",
  REJECTED: "#dc2626",
  BLOCKED: "#7f1d1d",
  WITHDRAWN: "#94a3b8",
};

export const SEVERITY_COLORS: Record<string, string> = {
  CRITICAL: "#dc2626",
  WARNING: "#d97706",
  INFO: "#0284c7",
};

/** Distinguishable on white, in the order lines are drawn (worst drift first). */
export const SERIES_COLORS = [
  "#4f46e5",
  "#dc2626",
  "#059669",
  "#d97706",
  "#0891b2",
  "#9333ea",
  "#be185d",
  "#4d7c0f",
];

const shortDate = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", timeZone: "UTC" });

/** `2026-11-16` -> `16 Nov` (dates from SQL are UTC days). */
export const dayLabel = (isoDay: string) => shortDate.format(new Date(`${isoDay}T00:00:00Z`));
