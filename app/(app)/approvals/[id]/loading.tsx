import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function ReviewLoading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-4 w-56" />
      <Skeleton className="h-8 w-96" />
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <CardSkeleton label="Loading the evidence" rows={10} />
        <div aria-hidden>
          <CardSkeleton rows={4} />
        </div>
      </div>
    </div>
  );
}
