import { ChartEmpty, ChartFrame } from "./chart-frame";
import { enumLabel, STAGE_COLORS } from "./chart-labels";
import { CountBarChart } from "./count-bar-chart";
import { DashboardCard } from "./dashboard-card";

export async function VersionsByStageCard({ data }: { data: Promise<{ stage: string; count: number }[]> }) {
  const rows = await data;
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <DashboardCard
      title="Versions by stage"
      description="Every registered model version, by where it is in the pipeline."
    >
      {total === 0 ? (
        <ChartEmpty title="No model versions yet">
          Versions appear here once a team registers them.
        </ChartEmpty>
      ) : (
        <ChartFrame
          summary={`Bar chart of ${total} model versions by stage: ${rows.map((r) => `${r.count} ${enumLabel(r.stage).toLowerCase()}`).join(", ")}.`}
          caption="Model versions by stage"
          columns={["Stage", "Versions"]}
          rows={rows.map((r) => [enumLabel(r.stage), r.count])}
        >
          <CountBarChart
            valueName="Versions"
            data={rows.map((r) => ({
              label: enumLabel(r.stage),
              count: r.count,
              color: STAGE_COLORS[r.stage] ?? "#64748b",
            }))}
          />
        </ChartFrame>
      )}
    </DashboardCard>
  );
}
