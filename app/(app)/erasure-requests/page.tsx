import type { Metadata } from "next";
import { ErasureRequestsTable } from "@/components/erasure/erasure-requests-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listErasureRequests } from "@/lib/server/erasure/list-erasure-requests";

export const metadata: Metadata = { title: "Erasure requests" };

export default async function ErasureRequestsPage() {
  const principal = await requirePageUser("erasure.manage");
  const page = await listErasureRequests(principal, { limit: 200 });
  return (
    <div className="space-y-4">
      <PageHeader
        title="Erasure requests"
        description="Requests to erase a person's data from a dataset version, with the model versions trained on it and their descendants. Open one from the dataset's page; a request closes when every affected version has a disposition."
      />
      {page.items.length === 0 ? (
        <EmptyState title="No erasure requests">
          Open one from the page of the dataset that holds the data.
        </EmptyState>
      ) : (
        <ErasureRequestsTable rows={page.items} />
      )}
    </div>
  );
}
