import type { Metadata } from "next";
import { Suspense } from "react";
import { ApprovalsList } from "@/components/approvals/approvals-list";
import { StatusTabs } from "@/components/approvals/status-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listPromotionRequests } from "@/lib/server/promotions/list-promotion-requests";

export const metadata: Metadata = { title: "Approvals" };

type Props = { searchParams: Promise<{ status?: string; cursor?: string }> };

export default async function ApprovalsPage({ searchParams }: Props) {
  const principal = await requirePageUser("approvals.decide");
  const { status = "PENDING", cursor } = await searchParams;
  // `ALL` is the page's own word for "no status filter"; the service validates everything else.
  const page = listPromotionRequests(principal, { status: status === "ALL" ? undefined : status, cursor });
  return (
    <div>
      <PageHeader
        title="Approvals"
        description="Promotion requests with their frozen policy results. Open one to review the evidence and decide."
      />
      <StatusTabs current={status} />
      <Suspense
        key={`${status}:${cursor ?? ""}`}
        fallback={<CardSkeleton label="Loading promotion requests" rows={8} />}
      >
        <ApprovalsList page={page} status={status} hasCursor={!!cursor} />
      </Suspense>
    </div>
  );
}
