import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function CompareLoading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-72" />
      <CardSkeleton label="Loading the comparison" rows={8} />
    </div>
  );
}
