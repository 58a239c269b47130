import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { diffPolicies } from "@/lib/policy/diff";
import type { PolicyDetail, PolicyVersionView } from "@/lib/policy/views";
import { db } from "@/lib/server/db";
import { policyRowSelect, snapshotOf, toPolicyView, usersById } from "./policy-view";

/**
 * A policy as it stands (its newest version) and every version, newest first, each with its author,
 * change note and its difference to the version before it.
 */
export async function getPolicyOrThrow(principal: Principal, key: string): Promise<PolicyDetail> {
  requirePermission(principal, "registry.read");
  const rows = await db.policy.findMany({
    where: { key },
    orderBy: { version: "asc" },
    select: policyRowSelect,
  });
  if (rows.length === 0) throw notFound(`The policy "${key}"`);
  const authors = await usersById(rows.map((row) => row.createdById));

  const versions: PolicyVersionView[] = [];
  rows.forEach((row, index) => {
    const view = toPolicyView(row, authors.get(row.createdById));
    const previous = index > 0 ? versions[index - 1]! : null;
    versions.push({ ...view, diff: diffPolicies(previous && snapshotOf(previous), snapshotOf(view)) });
  });
  versions.reverse();
  const { diff: _diff, ...policy } = versions[0]!;
  return { policy, versions };
}
