import type { ServerAction } from "@/lib/action-result";
import { DataTable, td, th } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
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
};

type Props = {
  caption: string;
  tokens: TokenRow[];
  showOwner?: boolean;
  revokeToken: ServerAction<{ id: string }, unknown>;
};

export function TokenTable({ caption, tokens, showOwner = false, revokeToken }: Props) {
  return (
    <DataTable
      caption={caption}
      head={
        <>
          <th scope="col" className={th}>
            Name
          </th>
          {showOwner && (
            <th scope="col" className={th}>
              Owner
            </th>
          )}
          <th scope="col" className={th}>
            Token
          </th>
          <th scope="col" className={th}>
            Scopes
          </th>
          <th scope="col" className={th}>
            Status
          </th>
          <th scope="col" className={th}>
            Created
          </th>
          <th scope="col" className={th}>
            Expires
          </th>
          <th scope="col" className={th}>
            Last used
          </th>
          <th scope="col" className={th}>
            <span className="sr-only">Actions</span>
          </th>
        </>
      }
    >
      {tokens.map((token) => (
        <tr key={token.id}>
          <td className={`${td} font-medium`}>{token.name}</td>
          {showOwner && (
            <td className={td}>
              <div>{token.user.name}</div>
              <div className="text-xs text-slate-600">{token.user.email}</div>
            </td>
          )}
          <td className={td}>
            <code className="font-mono text-xs">{token.prefix}…</code>
          </td>
          <td className={td}>{token.scopes.join(", ")}</td>
          <td className={td}>
            <TokenStatusBadge status={token.status} />
          </td>
          <td className={td}>
            <RelativeTime date={token.createdAt} />
          </td>
          <td className={td}>
            <RelativeTime date={token.expiresAt} />
          </td>
          <td className={td}>
            {token.lastUsedAt ? (
              <RelativeTime date={token.lastUsedAt} />
            ) : (
              <span className="text-slate-600">Never</span>
            )}
          </td>
          <td className={`${td} text-right`}>
            {token.status !== "revoked" && <RevokeTokenButton token={token} revokeToken={revokeToken} />}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
