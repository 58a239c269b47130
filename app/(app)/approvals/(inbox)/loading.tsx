import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function ApprovalsLoading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-48" />
      <CardSkeleton label="Loading promotion requests" rows={8} />
    </div>
  );
}
