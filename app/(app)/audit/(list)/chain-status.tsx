import { ChainStatusPanel } from "@/components/audit/chain-status-panel";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";

/** Walks the whole chain, so it streams in behind its own Suspense boundary while the table renders. */
export async function ChainStatus() {
  const result = await verifyAuditChain();
  return <ChainStatusPanel initial={{ ...result, checkedAt: new Date().toISOString() }} />;
}

export function ChainStatusSkeleton() {
  return (
    <div
      role="status"
      aria-label="Verifying the audit chain"
      className="mb-6 flex items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white px-4 py-3"
    >
      <div className="space-y-2">
        <div aria-hidden className="h-4 w-64 animate-pulse rounded bg-slate-200" />
        <div aria-hidden className="h-3 w-96 animate-pulse rounded bg-slate-200" />
      </div>
      <div aria-hidden className="h-8 w-28 animate-pulse rounded bg-slate-200" />
    </div>
  );
}
