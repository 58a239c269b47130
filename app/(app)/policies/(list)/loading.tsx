import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function PoliciesLoading() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-2/3" />
      </div>
      <Skeleton className="h-20 w-full" />
      <CardSkeleton label="Loading policies" rows={6} />
    </div>
  );
}
