import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";
import { AdminSection } from "./admin-section";
import type { HomeSummaryView } from "./home-types";
import { OfficerSection } from "./officer-section";
import { OverviewSection } from "./overview-section";
import { ScientistSection } from "./scientist-section";

/** What needs the user first, one section per role they hold; the registry-wide numbers last. */
export async function HomeSections({ summary }: { summary: Promise<HomeSummaryView> }) {
  const { scientist, officer, overview, admin } = await summary;
  return (
    <div className="space-y-10">
      {admin && <AdminSection admin={admin} />}
      {officer && <OfficerSection queue={officer} />}
      {scientist && <ScientistSection work={scientist} />}
      {overview && <OverviewSection stats={overview} />}
    </div>
  );
}

export function HomeSkeleton() {
  return (
    <div role="status" aria-label="Loading what needs you" className="space-y-4">
      <Skeleton className="h-6 w-40" />
      <div className="grid gap-4 lg:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} aria-hidden>
            <CardSkeleton rows={3} />
          </div>
        ))}
      </div>
    </div>
  );
}
