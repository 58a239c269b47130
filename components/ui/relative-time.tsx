const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 days ago", with the exact UTC time on hover and for machines. */
export function RelativeTime({ date, now = new Date() }: { date: Date | string; now?: Date }) {
  const value = new Date(date);
  const diff = value.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const [unit, size] = UNITS.find(([, ms]) => Math.abs(diff) >= ms) ?? ["minute", 60_000];
  return (
    <time dateTime={value.toISOString()} title={value.toISOString().replace("T", " ").slice(0, 19) + " UTC"}>
      {format.format(Math.round(diff / size), unit)}
    </time>
  );
}

/** A last-happened time ("last used", "last sign-in"), or "Never" when it has not happened yet. */
export function RelativeTimeOrNever({ date }: { date: Date | string | null }) {
  return date ? <RelativeTime date={date} /> : <span className="text-slate-600">Never</span>;
}
