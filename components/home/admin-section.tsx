import Link from "next/link";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { HomeList, HomeSection, itemLink } from "./home-list";
import type { AdminOverview } from "./home-types";

export function AdminSection({ admin }: { admin: AdminOverview }) {
  return (
    <HomeSection
      id="home-administration"
      title="Administration"
      description="Accounts, API tokens about to expire, and the audit trail."
    >
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Users">
          <p className="text-3xl font-semibold tabular-nums text-slate-900">{admin.users.active}</p>
          <p className="text-sm text-slate-600">
            active {admin.users.active === 1 ? "account" : "accounts"}
            {admin.users.disabled > 0 && `, ${admin.users.disabled} disabled`}
          </p>
          <Link href="/admin/users" className={`${itemLink} mt-3 inline-block text-sm`}>
            Manage users and roles
          </Link>
        </Card>
        <HomeList
          title="API tokens expiring within 14 days"
          list={admin.expiringTokens}
          allHref="/admin/tokens"
          empty="No token expires in the next 14 days."
        >
          {(token) => (
            <div className="space-y-0.5">
              <div className="flex items-baseline justify-between gap-2">
                <span className="font-medium text-slate-900">{token.name}</span>
                <span className="whitespace-nowrap text-xs text-slate-600">
                  expires <RelativeTime date={token.expiresAt} />
                </span>
              </div>
              <p className="text-xs text-slate-600">
                <code className="font-mono">{token.prefix}…</code> · {token.user.email}
              </p>
            </div>
          )}
        </HomeList>
        <Card title="Audit trail">
          <p className="text-sm text-slate-700">
            Every change is an event in a hash chain. Verify that nobody has rewritten history, or export the
            trail for an auditor.
          </p>
          <Link href="/audit" className={`${itemLink} mt-3 inline-block text-sm`}>
            Open the audit trail
          </Link>
        </Card>
      </div>
    </HomeSection>
  );
}
