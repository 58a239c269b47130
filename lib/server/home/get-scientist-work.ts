import "server-only";
import type { PromotionStatus, Stage } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { queryRows } from "@/lib/server/sql";
import { teamIdsOf } from "@/lib/server/registry/access";
import { alertSelect, HOME_LIST_LIMIT } from "./home-lists";

type RequestRow = {
  id: string;
  status: PromotionStatus;
  fromStage: Stage;
  toStage: Stage;
  createdAt: Date;
  versionId: string;
  version: number;
  modelSlug: string;
  modelName: string;
  failingRules: number;
  total: number;
};

/**
 * The caller's own requests that are the latest word on their version and still need them: BLOCKED and
 * REJECTED ones (to fix and resubmit) first, then PENDING ones (waiting). A rejection followed by a newer
 * request on the same version is settled, so it drops out. Each carries how many rules of ENFORCE
 * policies failed (what blocked it), counted in the frozen results.
 */
async function requestsNeedingAction(principal: Principal) {
  const rows = await queryRows<RequestRow>`
    SELECT pr.id, pr.status::text AS "status", pr."fromStage"::text AS "fromStage", pr."toStage"::text AS "toStage", pr."createdAt",
      v.id AS "versionId", v.version, m.slug AS "modelSlug", m.name AS "modelName", count(*) OVER ()::int AS "total",
      (SELECT count(*)::int FROM "PolicyEvaluation" pe
        CROSS JOIN LATERAL jsonb_array_elements(CASE jsonb_typeof(pe.results) WHEN 'array' THEN pe.results ELSE '[]' END) rule
        WHERE pe."requestId" = pr.id AND pe.mode = 'ENFORCE' AND rule->>'passed' = 'false') AS "failingRules"
    FROM "PromotionRequest" pr
    JOIN "ModelVersion" v ON v.id = pr."versionId"
    JOIN "Model" m ON m.id = v."modelId"
    WHERE pr."requestedById" = ${principal.id}
      AND pr.status IN ('PENDING', 'BLOCKED', 'REJECTED')
      AND NOT EXISTS (
        SELECT 1 FROM "PromotionRequest" later
        WHERE later."versionId" = pr."versionId" AND (later."createdAt", later.id) > (pr."createdAt", pr.id)
      )
    ORDER BY (pr.status = 'PENDING'), pr."createdAt" DESC, pr.id DESC
    LIMIT ${HOME_LIST_LIMIT}`;
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ versionId, version, modelSlug, modelName, total: _total, ...request }) => ({
      ...request,
      version: { id: versionId, version, model: { slug: modelSlug, name: modelName } },
    })),
  };
}

/** What a data scientist should act on: scoped to the teams they belong to and the requests they made. */
export async function getScientistWork(principal: Principal) {
  requirePermission(principal, "versions.promote");
  const teamIds = await teamIdsOf(principal);
  const readyWhere = {
    stage: "DEVELOPMENT" as const,
    model: { teamId: { in: teamIds } },
    // A withdrawn request leaves the version as if it had never been put forward.
    promotionRequests: { none: { status: { not: "WITHDRAWN" as const } } },
  };
  const alertWhere = { status: "OPEN" as const, version: { model: { teamId: { in: teamIds } } } };
  const [readyTotal, ready, requests, alertTotal, alerts] = await Promise.all([
    db.modelVersion.count({ where: readyWhere }),
    db.modelVersion.findMany({
      where: readyWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HOME_LIST_LIMIT,
      select: { id: true, version: true, createdAt: true, model: { select: { slug: true, name: true } } },
    }),
    requestsNeedingAction(principal),
    db.alert.count({ where: alertWhere }),
    db.alert.findMany({
      where: alertWhere,
      orderBy: [{ severity: "desc" }, { createdAt: "desc" }],
      take: HOME_LIST_LIMIT,
      select: alertSelect,
    }),
  ]);
  return {
    ready: { total: readyTotal, items: ready },
    requests,
    alerts: { total: alertTotal, items: alerts },
  };
}
