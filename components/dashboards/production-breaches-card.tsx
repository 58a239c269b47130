import { DashboardCard } from "./dashboard-card";
import { versionsListHref, type TileFilters } from "./list-links";
import { VersionListTile } from "./version-list-tile";

type Breaches = {
  total: number;
  productionVersions: number;
  versions: { versionId: string; label: string; failedPolicies: number }[];
};

export async function ProductionBreachesCard({
  data,
  filters,
}: {
  data: Promise<Breaches>;
  filters: TileFilters;
}) {
  const { total, productionVersions, versions } = await data;
  return (
    <DashboardCard
      title="Policy breaches in production"
      description="Versions in production whose approved promotion to production carried a failed policy (a shadow policy records a failure without blocking), by the results frozen with the request."
      links={[
        {
          href: versionsListHref(filters, { stage: "PRODUCTION", liveWithFailedPolicy: "true" }),
          label: `Versions in production with a failed policy: ${total}`,
        },
      ]}
    >
      <VersionListTile
        count={total}
        of={productionVersions}
        countLabel="production versions went live with a failed policy"
        versions={versions}
        detail={(i) =>
          `${versions[i]!.failedPolicies} failed ${versions[i]!.failedPolicies === 1 ? "policy" : "policies"}`
        }
      />
    </DashboardCard>
  );
}
