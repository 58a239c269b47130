import { ChartEmpty, ChartFrame } from "./chart-frame";
import { enumLabel, STAGE_COLORS } from "./chart-labels";
import { DashboardCard } from "./dashboard-card";
import { versionsListHref, type TileFilters } from "./list-links";
import { StackedBarChart } from "./stacked-bar-chart";

const STAGES = ["DEVELOPMENT", "STAGING", "PRODUCTION", "ARCHIVED"] as const;
type Row = { riskTier: string; total: number } & Record<(typeof STAGES)[number], number>;

export async function RiskByStageCard({ data, filters }: { data: Promise<Row[]>; filters: TileFilters }) {
  const rows = await data;
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const high = rows.find((row) => row.riskTier === "HIGH");
  return (
    <DashboardCard
      title="Risk tier by stage"
      description="Model versions per risk tier of their model, split by stage."
      links={rows.map((r) => ({
        href: versionsListHref(filters, { riskTier: r.riskTier }),
        label: `${enumLabel(r.riskTier)} risk: ${r.total}`,
      }))}
    >
      {total === 0 ? (
        <ChartEmpty title="No model versions yet">
          Risk tiers appear here once models have versions.
        </ChartEmpty>
      ) : (
        <ChartFrame
          summary={`Stacked bar chart of ${total} model versions by risk tier and stage${high ? `; ${high.PRODUCTION} high-risk versions in production` : ""}.`}
          caption="Model versions by risk tier and stage"
          columns={["Risk tier", ...STAGES.map(enumLabel), "Total"]}
          rows={rows.map((r) => [enumLabel(r.riskTier), ...STAGES.map((s) => r[s]), r.total])}
        >
          <StackedBarChart
            categoryKey="label"
            data={rows.map((r) => ({ ...r, label: `${enumLabel(r.riskTier)} risk` }))}
            series={STAGES.map((s) => ({ key: s, label: enumLabel(s), color: STAGE_COLORS[s]! }))}
          />
        </ChartFrame>
      )}
    </DashboardCard>
  );
}
