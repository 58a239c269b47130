/**
 * Time buckets for drift series: how wide one point of a chart is. A bucket is a fixed number of
 * seconds (months and years vary in length, so they are not offered), aligned on BUCKET_ORIGIN, a
 * Monday at midnight UTC: day buckets start at midnight UTC and week buckets on Mondays. The SQL side
 * bins with `date_bin(bucket, "windowStart", BUCKET_ORIGIN)`, which uses the same arithmetic as here.
 */

export const MAX_POINTS_PER_SERIES = 500;
export const BUCKET_ORIGIN = new Date("2000-01-03T00:00:00Z");

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

export const BUCKET_KEYWORDS = { hour: HOUR, day: DAY, week: WEEK } as const;
export const MIN_BUCKET_SECONDS = MINUTE;
export const MAX_BUCKET_SECONDS = 366 * DAY;

// The widths picked automatically: round numbers a reader recognises on an axis.
const NICE_WIDTHS = [
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  WEEK,
  2 * WEEK,
  4 * WEEK,
];

const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * `hour`, `day`, `week`, or an ISO 8601 duration in weeks, days, hours, minutes and seconds
 * (`PT15M`, `PT6H`, `P1D`, `P2W`, `P1DT12H`); the width in seconds, or null when it is none of these.
 */
export function parseBucket(text: string): number | null {
  const keyword = BUCKET_KEYWORDS[text.toLowerCase() as keyof typeof BUCKET_KEYWORDS];
  if (keyword) return keyword;
  const match = ISO_DURATION.exec(text.toUpperCase());
  if (!match || text.length <= 1 || text.toUpperCase().endsWith("T")) return null;
  const [w, d, h, m, s] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  return w! * WEEK + d! * DAY + h! * HOUR + m! * MINUTE + s!;
}

/** The width as the shortest ISO 8601 duration: 3600 -> `PT1H`, 90000 -> `P1DT1H`. */
export function isoDuration(seconds: number): string {
  const days = Math.floor(seconds / DAY);
  let rest = seconds - days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  const secs = rest - minutes * MINUTE;
  const time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${secs ? `${secs}S` : ""}`;
  return `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}` || "PT0S";
}

/** The width in words for a reader, in its largest whole unit: 21600 -> `6-hour`, 86400 -> `1-day`. */
export function bucketInWords(seconds: number): string {
  const units: [string, number][] = [
    ["week", WEEK],
    ["day", DAY],
    ["hour", HOUR],
    ["minute", MINUTE],
  ];
  const [unit, size] = units.find(([, size]) => seconds % size === 0) ?? ["second", 1];
  return `${seconds / size}-${unit}`;
}

/** The start of the bucket holding `at`. */
export function bucketStart(at: Date, seconds: number): Date {
  const width = seconds * 1000;
  const offset = at.getTime() - BUCKET_ORIGIN.getTime();
  return new Date(BUCKET_ORIGIN.getTime() + Math.floor(offset / width) * width);
}

/** How many buckets the closed range [from, to] touches: the most points a series can have. */
export function bucketCount(from: Date, to: Date, seconds: number): number {
  const width = seconds * 1000;
  return (bucketStart(to, seconds).getTime() - bucketStart(from, seconds).getTime()) / width + 1;
}

/** The narrowest round width that keeps a series over [from, to] to MAX_POINTS_PER_SERIES points. */
export function chooseBucket(from: Date, to: Date): number {
  const fits = (seconds: number) => bucketCount(from, to, seconds) <= MAX_POINTS_PER_SERIES;
  const nice = NICE_WIDTHS.find(fits);
  if (nice) return nice;
  // Longer than 500 four-week buckets (about 38 years): whole weeks, as many as it takes.
  let weeks = Math.ceil((to.getTime() - from.getTime()) / 1000 / WEEK / (MAX_POINTS_PER_SERIES - 1));
  while (!fits(weeks * WEEK)) weeks++;
  return weeks * WEEK;
}
