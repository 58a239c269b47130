import { ageTone, formatDuration, LATE_AFTER_DAYS, OVERDUE_AFTER_DAYS } from "@/lib/promotions/waiting-age";

const TONE_CLASSES = {
  normal: "text-slate-700",
  late: "rounded-full bg-amber-50 px-2 py-0.5 font-medium text-amber-900 ring-1 ring-inset ring-amber-300",
  overdue: "rounded-full bg-red-50 px-2 py-0.5 font-medium text-red-800 ring-1 ring-inset ring-red-300",
};
const TONE_WORDS = {
  normal: "",
  late: `, over ${LATE_AFTER_DAYS} days`,
  overdue: `, over ${OVERDUE_AFTER_DAYS} days: overdue`,
};

/**
 * How long a pending request has waited ("waiting 3 days"): amber after two days, red after a week,
 * said in words as well for those who do not see the colour. Decided requests show when they were made.
 */
export function RequestAge({
  ageSeconds,
  createdAt,
  pending,
}: {
  ageSeconds: number;
  createdAt: Date | string;
  pending: boolean;
}) {
  const iso = new Date(createdAt).toISOString();
  const exact = `${iso.slice(0, 16).replace("T", " ")} UTC`;
  if (!pending)
    return (
      <time dateTime={iso} title={exact} className="whitespace-nowrap text-slate-700">
        {formatDuration(ageSeconds)} ago
      </time>
    );
  const tone = ageTone(ageSeconds);
  return (
    <time dateTime={iso} title={`Requested ${exact}`} className={`whitespace-nowrap ${TONE_CLASSES[tone]}`}>
      waiting {formatDuration(ageSeconds)}
      {tone !== "normal" && <span className="sr-only">{TONE_WORDS[tone]}</span>}
    </time>
  );
}
