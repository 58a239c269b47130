import { AppError } from "@/lib/errors";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PromotionRequestsTable, type PromotionRow } from "./promotion-requests-table";
import { APPROVAL_TABS } from "./status-tabs";

type Page = { items: PromotionRow[]; nextCursor: string | null };

const EMPTY: Record<string, string> = {
  PENDING: "No request is waiting for a decision. New requests appear here as data scientists submit them.",
  BLOCKED: "No request has been blocked by an enforced policy.",
  REJECTED: "No request has been rejected.",
  APPROVED: "No request has been approved yet.",
  WITHDRAWN: "No request has been withdrawn.",
  ALL: "Nobody has requested a promotion yet.",
};

/** One page of requests; a bad filter or cursor in the address is said plainly, not as an error page. */
export async function ApprovalsList({
  page,
  status,
  hasCursor,
}: {
  page: Promise<Page>;
  status: string;
  hasCursor: boolean;
}) {
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
        The status or page in the address is not one this page knows.
      </EmptyState>
    );
  }
  const { items, nextCursor } = result.value;
  const label = APPROVAL_TABS.find((tab) => tab.value === status)?.label ?? status;
  if (items.length === 0) {
    return (
      <EmptyState title={hasCursor ? "No more requests" : `No ${label.toLowerCase()} requests`}>
        {hasCursor ? "You have reached the end of this list." : EMPTY[status]}
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      <PromotionRequestsTable
        rows={items}
        caption={`${label} promotion requests, newest first`}
        showStatus={status === "ALL"}
      />
      <nav aria-label="Pages" className="flex justify-end gap-2">
        {hasCursor && (
          <ButtonLink variant="secondary" href={`/approvals?status=${status}`}>
            First page
          </ButtonLink>
        )}
        {nextCursor && (
          <ButtonLink
            variant="secondary"
            href={`/approvals?status=${status}&cursor=${encodeURIComponent(nextCursor)}`}
          >
            Next page
          </ButtonLink>
        )}
      </nav>
    </div>
  );
}
