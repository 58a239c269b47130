import { AppError } from "@/lib/errors";
import { Pager } from "@/components/ui/pager";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { hasInboxFilters, inboxHref, type InboxParams } from "./inbox-params";
import { PromotionRequestsTable, type PromotionRow } from "./promotion-requests-table";
import { APPROVAL_TABS } from "./status-tabs";

type Page = { items: PromotionRow[]; nextCursor: string | null };

const EMPTY: Record<string, { title: string; text: string }> = {
  PENDING: {
    title: "Your inbox is clear",
    text: "No request is waiting for a decision. New requests appear here, oldest first, as data scientists submit them.",
  },
  BLOCKED: {
    title: "No blocked requests",
    text: "No request has been stopped by an enforced policy.",
  },
  REJECTED: { title: "No rejected requests", text: "No request has been rejected." },
  APPROVED: { title: "No approved requests", text: "No request has been approved yet." },
  WITHDRAWN: { title: "No withdrawn requests", text: "No requester has withdrawn a request." },
  ALL: { title: "No promotion requests yet", text: "Nobody has requested a promotion yet." },
};

const CAPTIONS: Record<string, string> = {
  PENDING: "Pending promotion requests, longest waiting first",
  ALL: "Promotion requests: pending ones longest waiting first, then the others newest first",
};

/** One page of requests; a bad filter or cursor in the address is said plainly, not as an error page. */
export async function ApprovalsList({ page, params }: { page: Promise<Page>; params: InboxParams }) {
  const result = await page.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => {
      if (error instanceof AppError && error.code === "validation_failed") return { ok: false as const };
      throw error;
    },
  );
  if (!result.ok) {
    return (
      <EmptyState
        title="This link does not point to a list we can show"
        action={<ButtonLink href="/approvals">Show pending requests</ButtonLink>}
      >
        The status, a filter or the page in the address is not one this page knows.
      </EmptyState>
    );
  }
  const { items, nextCursor } = result.value;
  const label = APPROVAL_TABS.find((tab) => tab.value === params.status)?.label ?? params.status;
  if (items.length === 0) {
    if (params.cursor)
      return (
        <EmptyState
          title="No more requests"
          action={
            <ButtonLink variant="secondary" href={inboxHref({ ...params, cursor: undefined })}>
              First page
            </ButtonLink>
          }
        >
          You have reached the end of this list.
        </EmptyState>
      );
    if (hasInboxFilters(params))
      return (
        <EmptyState
          title={`No ${label.toLowerCase()} requests match these filters`}
          action={
            <ButtonLink variant="secondary" href={inboxHref({ status: params.status })}>
              Clear filters
            </ButtonLink>
          }
        >
          Widen the target stage, risk tier or team to see more.
        </EmptyState>
      );
    const empty = EMPTY[params.status] ?? EMPTY.ALL!;
    return <EmptyState title={empty.title}>{empty.text}</EmptyState>;
  }
  return (
    <div>
      <PromotionRequestsTable
        rows={items}
        caption={CAPTIONS[params.status] ?? `${label} promotion requests, newest first`}
        showStatus={params.status === "ALL"}
      />
      <Pager
        nextCursor={nextCursor}
        onLaterPage={!!params.cursor}
        hrefFor={(cursor) => inboxHref({ ...params, cursor })}
      />
    </div>
  );
}
