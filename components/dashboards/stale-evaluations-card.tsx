import { DashboardCard } from "./dashboard-card";
import { versionsListHref, type TileFilters } from "./list-links";
import { VersionListTile } from "./version-list-tile";

type Stale = {
  total: number;
  productionVersions: number;
  versions: { versionId: string; label: string; lastEvaluatedAt: Date | null }[];
};

const day = (date: Date | null) =>
  date ? `last evaluated ${date.toISOString().slice(0, 10)}` : "never evaluated";

export async function StaleEvaluationsCard({
  data,
  days,
  filters,
}: {
  data: Promise<Stale>;
  days: number;
  filters: TileFilters;
}) {
  const { total, productionVersions, versions } = await data;
  return (
    <DashboardCard
      title={`Production without a recent evaluation`}
      description={`Versions in production with no evaluation run recorded in the last ${days} days, the longest unevaluated first.`}
      links={[
        {
          href: versionsListHref(filters, { stage: "PRODUCTION", notEvaluatedInDays: String(days) }),
          label: `Versions in production not evaluated in ${days} days: ${total}`,
        },
      ]}
    >
      <VersionListTile
        count={total}
        of={productionVersions}
        countLabel={`production versions not evaluated in ${days} days`}
        versions={versions}
        detail={(i) => day(versions[i]!.lastEvaluatedAt)}
      />
    </DashboardCard>
  );
}
