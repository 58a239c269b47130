import { ChartEmpty, ChartFrame } from "./chart-frame";
import { dayLabel } from "./chart-labels";
import { DashboardCard } from "./dashboard-card";
import { DriftChart } from "./drift-chart";
import { versionsListHref, type TileFilters } from "./list-links";

type Drift = {
  series: { versionId: string; label: string; points: { day: string; psi: number }[] }[];
  versionsWithDrift: number;
};

const fixed = (value: number) => value.toFixed(3);

export async function ProductionDriftCard({ data, filters }: { data: Promise<Drift>; filters: TileFilters }) {
  const { series, versionsWithDrift } = await data;
  const shown =
    versionsWithDrift > series.length
      ? ` The ${series.length} that drifted most of ${versionsWithDrift} are shown.`
      : "";
  const rows = series.map((s) => {
    const worst = s.points.reduce((max, p) => (p.psi > max.psi ? p : max), s.points[0]!);
    const latest = s.points[s.points.length - 1]!;
    return [
      s.label,
      `${fixed(latest.psi)} (${dayLabel(latest.day)})`,
      `${fixed(worst.psi)} (${dayLabel(worst.day)})`,
      s.points.filter((p) => p.psi >= 0.2).length,
    ];
  });
  const acting = rows.filter((row) => Number(row[3]) > 0).length;
  return (
    <DashboardCard
      title="Drift of production versions (PSI, 90 days)"
      description={`Highest population stability index of any feature, per day. Above 0.1: watch; above 0.2: act.${shown}`}
      links={[
        ...series.map((s) => ({ href: `/versions/${s.versionId}`, label: s.label })),
        { href: versionsListHref(filters, { stage: "PRODUCTION" }), label: "All production versions" },
      ]}
    >
      {series.length === 0 ? (
        <ChartEmpty title="No drift measured in 90 days">
          Production versions show here once drift observations are uploaded for them.
        </ChartEmpty>
      ) : (
        <ChartFrame
          height={300}
          summary={`Line chart of daily PSI for ${series.length} production versions over 90 days; ${acting} went above 0.2 at least once.`}
          caption="PSI of production versions over the last 90 days"
          columns={["Version", "Latest PSI", "Highest PSI", "Days above 0.2"]}
          rows={rows}
        >
          <DriftChart series={series} />
        </ChartFrame>
      )}
    </DashboardCard>
  );
}
