import type { Metadata } from "next";
import { Suspense } from "react";
import { cursorHref, Pager } from "@/components/ui/pager";
import { TokenOwnerFilter } from "@/components/tokens/token-owner-filter";
import { TokenTable } from "@/components/tokens/token-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";
import type { Principal } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { listUsers } from "@/lib/server/users/list-users";
import { revokeAnyTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

type Props = { searchParams: Promise<{ cursor?: string; userId?: string }> };

// Permission first, outside any Suspense boundary, so a refused visitor gets a real 403 status.
export default async function AdminTokensPage({ searchParams }: Props) {
  const principal = await requirePageUser("admin.tokens");
  const { cursor, userId } = await searchParams;
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Every user's tokens. A token carries its owner's role; revoke one that leaked or is no longer used, and it stops working at once."
        actions={
          <Suspense fallback={<Skeleton className="h-9 w-64" />}>
            <OwnerFilter principal={principal} selected={userId} />
          </Suspense>
        }
      />
      <Suspense key={`${userId}:${cursor}`} fallback={<CardSkeleton label="Loading tokens" rows={8} />}>
        <TokenList principal={principal} cursor={cursor} userId={userId || undefined} />
      </Suspense>
    </>
  );
}

async function OwnerFilter({ principal, selected }: { principal: Principal; selected?: string }) {
  const users = await listUsers(principal, { limit: 200 });
  return <TokenOwnerFilter users={users.items} selected={selected} />;
}

async function TokenList({
  principal,
  cursor,
  userId,
}: {
  principal: Principal;
  cursor?: string;
  userId?: string;
}) {
  const tokens = await listApiTokens(principal, { cursor, userId });
  return (
    <>
      {tokens.items.length === 0 ? (
        <EmptyState
          title={userId ? "This user has no API tokens" : cursor ? "No more tokens" : "No API tokens yet"}
        >
          People create their own tokens under API tokens in the header, or with{" "}
          <code className="font-mono">npm run cli -- token create</code>.
        </EmptyState>
      ) : (
        <TokenTable
          caption="Every user's API tokens"
          tokens={tokens.items}
          showOwner
          revokeToken={revokeAnyTokenAction}
        />
      )}
      <Pager
        nextCursor={tokens.nextCursor}
        onLaterPage={!!cursor}
        hrefFor={cursorHref("/admin/tokens", { userId })}
      />
    </>
  );
}
