import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import type { PolicyView } from "@/lib/policy/views";
import { listPoliciesQuerySchema, type ListPoliciesQuery } from "@/lib/schemas/policies";
import { queryRows } from "@/lib/server/sql";
import { parseInput } from "@/lib/validation";
import { toPolicyView, type PolicyRow } from "./policy-view";

type Row = PolicyRow & { authorName: string | null; authorEmail: string | null };

/**
 * Every policy as it stands (the newest version of each key), by name. Filters apply to that newest
 * version, so they run after DISTINCT ON picks it. There are few policies: the whole list, no cursor.
 */
export async function listPolicies(
  principal: Principal,
  query: ListPoliciesQuery = {},
): Promise<{ items: PolicyView[]; nextCursor: null }> {
  requirePermission(principal, "registry.read");
  const { targetStage, mode, enabled } = parseInput(listPoliciesQuerySchema, query);
  const filters = [
    targetStage ? Prisma.sql`current."targetStage" = ${targetStage}` : null,
    mode ? Prisma.sql`current.mode = ${mode}` : null,
    enabled !== undefined ? Prisma.sql`current.enabled = ${enabled}` : null,
  ].filter((filter) => filter !== null);
  const where = filters.length ? Prisma.sql`WHERE ${Prisma.join(filters, " AND ")}` : Prisma.empty;

  const rows = await queryRows<Row>`
    SELECT current.*, author.name AS "authorName", author.email AS "authorEmail"
    FROM (
      SELECT DISTINCT ON (key) id, key, version, name, description, "targetStage"::text AS "targetStage",
             mode::text AS mode, enabled, rules, "changeNote", "createdAt", "createdById"
      FROM "Policy"
      ORDER BY key, version DESC
    ) AS current
    LEFT JOIN "User" author ON author.id = current."createdById"
    ${where}
    ORDER BY current.name, current.key`;

  const items = rows.map(({ authorName, authorEmail, ...row }) =>
    toPolicyView(
      row,
      authorName === null ? undefined : { id: row.createdById, name: authorName, email: authorEmail ?? "" },
    ),
  );
  return { items, nextCursor: null };
}
