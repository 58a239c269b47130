import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function RegisterVersionLoading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-96" />
      <CardSkeleton label="Loading the registration form" rows={3} />
      <CardSkeleton rows={5} label="Loading" />
    </div>
  );
}
