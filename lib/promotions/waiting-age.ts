/**
 * How long a promotion request has waited, as the inbox says it. Officers are expected to decide within
 * two days; after that the age turns amber, and after a week red.
 */
export type AgeTone = "normal" | "late" | "overdue";

export const LATE_AFTER_DAYS = 2;
export const OVERDUE_AFTER_DAYS = 7;

const DAY = 86_400;
const UNITS: [string, number][] = [
  ["day", DAY],
  ["hour", 3_600],
  ["minute", 60],
];

/** "3 days", "1 hour", "less than a minute": the largest whole unit, rounded down. */
export function formatDuration(seconds: number): string {
  const [unit, size] = UNITS.find(([, size]) => seconds >= size) ?? [null, 0];
  if (!unit) return "less than a minute";
  const count = Math.floor(seconds / size);
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

export function ageTone(seconds: number): AgeTone {
  if (seconds >= OVERDUE_AFTER_DAYS * DAY) return "overdue";
  if (seconds >= LATE_AFTER_DAYS * DAY) return "late";
  return "normal";
}

/** Seconds from `from` to `now`, never negative (a clock a little behind must not show "-1 minutes"). */
export const secondsBetween = (from: Date | string, now: Date) =>
  Math.max(0, Math.floor((now.getTime() - new Date(from).getTime()) / 1000));
