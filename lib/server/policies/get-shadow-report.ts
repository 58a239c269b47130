import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { PolicyMode, PromotionStatus, Stage } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound, validationError } from "@/lib/errors";
import { SHADOW_FAILURE_LIMIT, type ShadowReport, type ShadowTotals } from "@/lib/policy/views";
import { shadowReportQuerySchema, type ShadowReportQuery } from "@/lib/schemas/policies";
import { db } from "@/lib/server/db";
import { queryRows } from "@/lib/server/sql";
import { parseInput } from "@/lib/validation";

const DEFAULT_DAYS = 90;

type Window = { key: string; from: Date; to: Date };

// Frozen rule results (ruleResultSchema in lib/policy/rules.ts) of one evaluation, one row each;
// anything but an array reads as no results.
const ruleResults = Prisma.sql`CROSS JOIN LATERAL jsonb_array_elements(
  CASE WHEN jsonb_typeof(e.results) = 'array' THEN e.results ELSE '[]'::jsonb END) AS res`;
const ruleFailed = Prisma.sql`res->>'passed' = 'false'`;

// The frozen evaluations by any version of one policy, on requests created in [from, to).
const evaluationsIn = ({ key, from, to }: Window, join = Prisma.empty) => Prisma.sql`
  FROM "PolicyEvaluation" e
  JOIN "Policy" p ON p.id = e."policyId"
  JOIN "PromotionRequest" r ON r.id = e."requestId"
  ${join}
  WHERE p.key = ${key} AND r."createdAt" >= ${from} AND r."createdAt" < ${to}`;

/**
 * How a policy fared on the requests of a period: how many requests a version of it judged, how many it
 * failed (for SHADOW evaluations, the requests it would have blocked) and which, and each rule's
 * counts. Counted in SQL over the evaluations frozen on the requests.
 */
export async function getShadowReport(
  principal: Principal,
  key: string,
  query: ShadowReportQuery = {},
  now = new Date(),
): Promise<ShadowReport> {
  requirePermission(principal, "registry.read");
  const parsed = parseInput(shadowReportQuerySchema, query);
  const to = parsed.to ?? now;
  const from = parsed.from ?? new Date(to.getTime() - DEFAULT_DAYS * 86_400_000);
  // Only a `from` after the default `to` gets here: the schema refuses an explicit pair out of order.
  if (from >= to) throw validationError({ from: "Must be before the end of the period (now)" });
  const exists = await db.policy.findFirst({ where: { key }, select: { id: true } });
  if (!exists) throw notFound(`The policy "${key}"`);

  const window = { key, from, to };
  const [totals, rules, failures] = await Promise.all([
    countTotals(window),
    countRules(window),
    listFailures(window),
  ]);
  return { policyId: key, from, to, totals, rules, failures };
}

async function countTotals(window: Window): Promise<ShadowTotals> {
  const [row] = await queryRows<Record<keyof ShadowTotals, bigint>>`
    SELECT count(DISTINCT e."requestId") AS evaluated,
           count(DISTINCT e."requestId") FILTER (WHERE NOT e.passed) AS failed,
           count(DISTINCT e."requestId") FILTER (WHERE e.mode = 'SHADOW') AS "shadowEvaluated",
           count(DISTINCT e."requestId") FILTER (WHERE e.mode = 'SHADOW' AND NOT e.passed) AS "wouldHaveBlocked",
           count(DISTINCT e."requestId") FILTER (WHERE e.mode = 'ENFORCE') AS "enforcedEvaluated",
           count(DISTINCT e."requestId") FILTER (WHERE e.mode = 'ENFORCE' AND NOT e.passed) AS blocked
    ${evaluationsIn(window)}`;
  return Object.fromEntries(
    Object.entries(row!).map(([name, count]) => [name, Number(count)]),
  ) as ShadowTotals;
}

async function countRules(window: Window): Promise<ShadowReport["rules"]> {
  const rows = await queryRows<{
    ruleId: string;
    evaluated: bigint;
    failed: bigint;
    wouldHaveBlocked: bigint;
  }>`
    SELECT res->>'ruleId' AS "ruleId",
           count(DISTINCT e."requestId") AS evaluated,
           count(DISTINCT e."requestId") FILTER (WHERE ${ruleFailed}) AS failed,
           count(DISTINCT e."requestId") FILTER (WHERE ${ruleFailed} AND e.mode = 'SHADOW') AS "wouldHaveBlocked"
    ${evaluationsIn(window, ruleResults)}
      AND res->>'ruleId' IS NOT NULL
    GROUP BY 1
    ORDER BY 3 DESC, 1`;
  return rows.map((row) => ({
    ruleId: row.ruleId,
    evaluated: Number(row.evaluated),
    failed: Number(row.failed),
    wouldHaveBlocked: Number(row.wouldHaveBlocked),
  }));
}

type FailureRow = {
  requestId: string;
  status: PromotionStatus;
  toStage: Stage;
  requestedAt: Date;
  policyVersion: number;
  mode: PolicyMode;
  versionId: string;
  versionNumber: number;
  modelSlug: string;
  modelName: string;
  failingRuleIds: string[];
};

async function listFailures(window: Window): Promise<ShadowReport["failures"]> {
  const rows = await queryRows<FailureRow>`
    SELECT r.id AS "requestId", r.status::text AS status, r."toStage"::text AS "toStage",
           r."createdAt" AS "requestedAt", e."policyVersion", e.mode::text AS mode,
           v.id AS "versionId", v.version AS "versionNumber", m.slug AS "modelSlug", m.name AS "modelName",
           ARRAY(SELECT res->>'ruleId' FROM jsonb_array_elements(
                   CASE WHEN jsonb_typeof(e.results) = 'array' THEN e.results ELSE '[]'::jsonb END) AS res
                 WHERE ${ruleFailed} AND res->>'ruleId' IS NOT NULL) AS "failingRuleIds"
    ${evaluationsIn(window, Prisma.sql`JOIN "ModelVersion" v ON v.id = r."versionId" JOIN "Model" m ON m.id = v."modelId"`)}
      AND NOT e.passed
    ORDER BY r."createdAt" DESC, r.id DESC
    LIMIT ${SHADOW_FAILURE_LIMIT}`;
  return rows.map(({ versionId, versionNumber, modelSlug, modelName, ...row }) => ({
    ...row,
    version: { id: versionId, version: versionNumber, label: `${modelName} v${versionNumber}` },
    model: { slug: modelSlug, name: modelName },
  }));
}
