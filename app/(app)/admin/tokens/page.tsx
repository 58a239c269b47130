import type { Metadata } from "next";
import { NextPageLink } from "@/components/admin/next-page-link";
import { TokenOwnerFilter } from "@/components/tokens/token-owner-filter";
import { TokenTable } from "@/components/tokens/token-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { listUsers } from "@/lib/server/users/list-users";
import { revokeAnyTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

type Props = { searchParams: Promise<{ cursor?: string; userId?: string }> };

export default async function AdminTokensPage({ searchParams }: Props) {
  const principal = await requirePageUser("admin.tokens");
  const { cursor, userId } = await searchParams;
  const [tokens, users] = await Promise.all([listApiTokens(principal, { cursor, userId: userId || undefined }), listUsers(principal, { limit: 200 })]);

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Every user's tokens. A token carries its owner's role; revoke one that leaked or is no longer used, and it stops working at once."
        actions={<TokenOwnerFilter users={users.items} selected={userId} />}
      />
      {tokens.items.length === 0 ? (
        <EmptyState title={userId ? "This user has no API tokens" : "No API tokens yet"}>
          People create their own tokens under API tokens in the header, or with <code className="font-mono">npm run cli -- token create</code>.
        </EmptyState>
      ) : (
        <TokenTable caption="Every user's API tokens" tokens={tokens.items} showOwner revokeToken={revokeAnyTokenAction} />
      )}
      <NextPageLink basePath="/admin/tokens" nextCursor={tokens.nextCursor} onLaterPage={!!cursor} params={{ userId }} />
    </>
  );
}
