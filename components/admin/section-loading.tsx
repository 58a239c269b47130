import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

export function SectionLoading({ label }: { label: string }) {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-64" />
      <CardSkeleton label={label} rows={8} />
    </div>
  );
}
