type Tone = "slate" | "indigo" | "green" | "amber" | "red" | "sky" | "violet";

const TONES: Record<Tone, string> = {
  slate: "bg-slate-100 text-slate-800 ring-slate-300",
  indigo: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  sky: "bg-sky-50 text-sky-800 ring-sky-200",
  violet: "bg-violet-50 text-violet-800 ring-violet-200",
};

export function Badge({ tone = "slate", children }: { tone?: Tone; children: React.ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

const STAGE_TONES: Record<string, Tone> = {
  DEVELOPMENT: "sky",
  STAGING: "amber",
  PRODUCTION: "green",
  ARCHIVED: "slate",
};
const STATUS_TONES: Record<string, Tone> = {
  PENDING: "amber",
  APPROVED: "green",
  REJECTED: "red",
  WITHDRAWN: "slate",
  BLOCKED: "red",
};
const RISK_TONES: Record<string, Tone> = { MINIMAL: "green", LIMITED: "amber", HIGH: "red" };

const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");

export const StageBadge = ({ stage }: { stage: string }) => (
  <Badge tone={STAGE_TONES[stage] ?? "slate"}>{label(stage)}</Badge>
);
export const PromotionStatusBadge = ({ status }: { status: string }) => (
  <Badge tone={STATUS_TONES[status] ?? "slate"}>{label(status)}</Badge>
);
export const RiskBadge = ({ tier }: { tier: string }) => (
  <Badge tone={RISK_TONES[tier] ?? "slate"}>{label(tier)} risk</Badge>
);

/** Stage colours as hex, for charts and graph nodes (same hues as the badges). */
export const STAGE_COLORS: Record<string, string> = {
  DEVELOPMENT: "#0284c7",
  STAGING: "#d97706",
  PRODUCTION: "#059669",
  ARCHIVED: "#64748b",
};
