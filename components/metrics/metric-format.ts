const significant = new Intl.NumberFormat("en", { maximumSignificantDigits: 4 });

/** How the metric views write numbers: four significant digits, enough for a rate or a score. */
export const formatValue = (value: number | null) => (value === null ? "—" : significant.format(value));

/** A signed difference: +0.05, −0.1 (a real minus sign), 0. */
export const formatDelta = (delta: number) =>
  delta === 0 ? "0" : `${delta > 0 ? "+" : "−"}${significant.format(Math.abs(delta))}`;

const dateTime = new Intl.DateTimeFormat("en", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** `2026-11-16T06:00:00.000Z` -> `16 Nov 2026, 06:00` (UTC, as the buckets are). */
export const formatInstant = (iso: string) => dateTime.format(new Date(iso));
