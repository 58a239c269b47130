import type { Metadata } from "next";
import { Suspense } from "react";
import { ApprovalsList } from "@/components/approvals/approvals-list";
import { InboxFilters } from "@/components/approvals/inbox-filters";
import { inboxQuery, readInboxParams } from "@/components/approvals/inbox-params";
import { StatusTabs } from "@/components/approvals/status-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listInboxTeams } from "@/lib/server/promotions/list-inbox-teams";
import { listPromotionRequests } from "@/lib/server/promotions/list-promotion-requests";

export const metadata: Metadata = { title: "Approvals" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApprovalsPage({ searchParams }: Props) {
  const principal = await requirePageUser("approvals.read");
  const params = readInboxParams(await searchParams);
  const teams = await listInboxTeams(principal);
  const page = listPromotionRequests(principal, inboxQuery(params));
  return (
    <div>
      <PageHeader
        title="Approvals"
        description="Promotion requests with their frozen policy results, the longest waiting first. Open one to review the evidence and decide."
      />
      <StatusTabs params={params} />
      <InboxFilters params={params} teams={teams} />
      <Suspense
        key={JSON.stringify(params)}
        fallback={<CardSkeleton label="Loading promotion requests" rows={8} />}
      >
        <ApprovalsList page={page} params={params} />
      </Suspense>
    </div>
  );
}
