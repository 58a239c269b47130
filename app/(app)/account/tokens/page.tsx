import type { Metadata } from "next";
import { Suspense } from "react";
import { cursorHref, Pager } from "@/components/ui/pager";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import type { Principal } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listSelectableTeams } from "@/lib/server/models/resolve-owning-team";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { createTokenAction, revokeOwnTokenAction } from "./actions";

export const metadata: Metadata = { title: "My API tokens" };

type Props = { searchParams: Promise<{ cursor?: string }> };

export default async function AccountTokensPage({ searchParams }: Props) {
  const principal = await requirePageUser("tokens.own");
  const { cursor } = await searchParams;
  return (
    <>
      <PageHeader
        title="My API tokens"
        description="Tokens let scripts and pipelines call the REST API as you, with your role's permissions. Send one as a Bearer token; the API is described at /api/v1/openapi.json."
      />
      <Card title="Create a token" className="mb-6">
        <CreateTokenForm createToken={createTokenAction} teams={await listSelectableTeams(principal)} />
      </Card>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">Your tokens</h2>
      <Suspense key={cursor ?? ""} fallback={<CardSkeleton label="Loading your tokens" rows={5} />}>
        <MyTokens principal={principal} cursor={cursor} />
      </Suspense>
    </>
  );
}

async function MyTokens({ principal, cursor }: { principal: Principal; cursor?: string }) {
  // Explicitly the caller's own: for an admin, the unfiltered list would be everyone's.
  const tokens = await listApiTokens(principal, { cursor, userId: principal.id });
  return (
    <>
      {tokens.items.length === 0 ? (
        <EmptyState title={cursor ? "No more tokens" : "You have no API tokens yet"}>
          {cursor
            ? "This page is past the end of the list."
            : "Create one above for a pipeline or script. Each token is shown once, when you create it."}
        </EmptyState>
      ) : (
        <TokenTable caption="Your API tokens" tokens={tokens.items} revokeToken={revokeOwnTokenAction} />
      )}
      <Pager nextCursor={tokens.nextCursor} onLaterPage={!!cursor} hrefFor={cursorHref("/account/tokens")} />
    </>
  );
}
