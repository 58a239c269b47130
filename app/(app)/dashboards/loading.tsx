import { StatCardsSkeleton } from "@/components/dashboards/stat-cards";
import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function DashboardsLoading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-72" />
      <StatCardsSkeleton />
      <div className="grid gap-6 lg:grid-cols-2">
        <CardSkeleton label="Loading charts" rows={6} />
        <CardSkeleton label="Loading charts" rows={6} />
      </div>
    </div>
  );
}
