import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { erasureListQuerySchema } from "@/lib/schemas/erasure";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { parseInput } from "@/lib/validation";
import { erasureSummarySelect, toErasureSummary } from "./erasure-view";

/** Erasure requests, newest first, with how many affected versions still wait for a disposition. */
export async function listErasureRequests(principal: Principal, raw: unknown = {}, now = new Date()) {
  requirePermission(principal, "erasure.manage");
  const query = parseInput(erasureListQuerySchema, raw);
  const rows = await db.erasureRequest.findMany({
    where: { ...(query.status ? { status: query.status } : {}), ...afterCursor(decodeCursor(query.cursor)) },
    orderBy: keysetOrder,
    take: query.limit + 1,
    select: {
      ...erasureSummarySelect,
      _count: { select: { affected: true } },
    },
  });
  const undecided = await db.erasureAffectedVersion.groupBy({
    by: ["requestId"],
    where: { requestId: { in: rows.map((row) => row.id) }, disposition: null },
    _count: { _all: true },
  });
  const undecidedOf = new Map(undecided.map((row) => [row.requestId, row._count._all]));
  return toPage(
    rows.map((row) => toErasureSummary(row, undecidedOf.get(row.id) ?? 0, now)),
    query.limit,
  );
}
