import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function ModelLoading() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-4 w-48" />
      </div>
      <CardSkeleton label="Loading the model" rows={5} />
      <CardSkeleton label="Loading versions" rows={6} />
    </div>
  );
}
