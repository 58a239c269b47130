import type { ServerAction } from "@/lib/action-result";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTime, RelativeTimeOrNever } from "@/components/ui/relative-time";
import { RevokeTokenButton } from "./revoke-token-button";
import { TokenStatusBadge, type TokenStatus } from "./token-status-badge";

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  status: TokenStatus;
  expiresAt: Date;
  lastUsedAt: Date | null;
  createdAt: Date;
  user: { id: string; email: string; name: string };
  /** the team it creates for when a creation names none */
  team: { name: string } | null;
};

type Props = {
  caption: string;
  tokens: TokenRow[];
  showOwner?: boolean;
  revokeToken: ServerAction<{ id: string }, unknown>;
};

export function TokenTable({ caption, tokens, showOwner = false, revokeToken }: Props) {
  const columns: (Column<TokenRow> | false)[] = [
    { key: "name", header: "Name", className: "font-medium", cell: (token) => token.name },
    showOwner && {
      key: "owner",
      header: "Owner",
      cell: (token) => (
        <>
          <div>{token.user.name}</div>
          <div className="text-xs text-slate-600">{token.user.email}</div>
        </>
      ),
    },
    {
      key: "token",
      header: "Token",
      cell: (token) => <code className="font-mono text-xs">{token.prefix}…</code>,
    },
    { key: "scopes", header: "Scopes", cell: (token) => token.scopes.join(", ") },
    {
      key: "team",
      header: "Creates for",
      cell: (token) => token.team?.name ?? <span className="text-slate-600">Not set</span>,
    },
    { key: "status", header: "Status", cell: (token) => <TokenStatusBadge status={token.status} /> },
    { key: "created", header: "Created", cell: (token) => <RelativeTime date={token.createdAt} /> },
    { key: "expires", header: "Expires", cell: (token) => <RelativeTime date={token.expiresAt} /> },
    {
      key: "lastUsed",
      header: "Last used",
      cell: (token) => <RelativeTimeOrNever date={token.lastUsedAt} />,
    },
    {
      key: "actions",
      header: "Actions",
      hideHeader: true,
      className: "text-right",
      cell: (token) =>
        token.status !== "revoked" && <RevokeTokenButton token={token} revokeToken={revokeToken} />,
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={tokens} rowKey={(token) => token.id} />;
}
