import { Skeleton } from "@/components/ui/skeleton";

export default function AuditLoading() {
  return (
    <div role="status" aria-label="Loading the audit trail">
      <Skeleton className="mb-2 h-7 w-48" />
      <Skeleton className="mb-6 h-4 w-2/3" />
      <Skeleton className="mb-6 h-16 w-full" />
      <Skeleton className="mb-6 h-32 w-full" />
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-6 w-full" />
        ))}
      </div>
    </div>
  );
}
