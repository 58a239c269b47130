import { KIND_LABELS, MODEL_KINDS } from "@/lib/labels";
import type { ModelKind } from "@/generated/prisma/enums";
import { ChartEmpty, ChartFrame } from "./chart-frame";
import { enumLabel, SERIES_COLORS } from "./chart-labels";
import { DashboardCard } from "./dashboard-card";
import { versionsListHref, type TileFilters } from "./list-links";
import { StackedBarChart } from "./stacked-bar-chart";

type Row = { stage: string; total: number } & Record<ModelKind, number>;

export async function VersionsByStageCard({ data, filters }: { data: Promise<Row[]>; filters: TileFilters }) {
  const rows = await data;
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return (
    <DashboardCard
      title="Versions by stage"
      description="Every registered model version, by where it is in the pipeline and the kind of its model."
      links={rows.map((r) => ({
        href: versionsListHref(filters, { stage: r.stage }),
        label: `${enumLabel(r.stage)}: ${r.total}`,
      }))}
    >
      {total === 0 ? (
        <ChartEmpty title="No model versions yet">
          Versions appear here once a team registers them.
        </ChartEmpty>
      ) : (
        <ChartFrame
          summary={`Stacked bar chart of ${total} model versions by stage and kind: ${rows.map((r) => `${r.total} ${enumLabel(r.stage).toLowerCase()}`).join(", ")}.`}
          caption="Model versions by stage and kind"
          columns={["Stage", ...MODEL_KINDS.map((k) => KIND_LABELS[k]), "Total"]}
          rows={rows.map((r) => [enumLabel(r.stage), ...MODEL_KINDS.map((k) => r[k]), r.total])}
        >
          <StackedBarChart
            categoryKey="label"
            data={rows.map((r) => ({ ...r, label: enumLabel(r.stage) }))}
            series={MODEL_KINDS.map((k, i) => ({ key: k, label: KIND_LABELS[k], color: SERIES_COLORS[i]! }))}
          />
        </ChartFrame>
      )}
    </DashboardCard>
  );
}
