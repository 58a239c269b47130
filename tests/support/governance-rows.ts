/**
 * Rows for the home, approvals and dashboard tests, written straight to the tables (these tests read
 * aggregates; the services that create such rows have tests of their own).
 */
import type {
  AlertKind,
  AlertSeverity,
  ModelKind,
  PolicyMode,
  PromotionStatus,
  RiskTier,
  Stage,
} from "@/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { unique } from "./factories";

export async function createModel(options: {
  teamId: string;
  createdById: string;
  riskTier?: RiskTier;
  name?: string;
  kind?: ModelKind;
}) {
  const slug = unique("model");
  return db.model.create({
    data: {
      slug,
      name: options.name ?? slug,
      kind: options.kind ?? "BASE",
      riskTier: options.riskTier ?? "MINIMAL",
      teamId: options.teamId,
      createdById: options.createdById,
    },
    select: { id: true, slug: true, name: true, teamId: true },
  });
}

let versionNumber = 0;
export async function createVersion(options: {
  modelId: string;
  createdById: string;
  stage?: Stage;
  createdAt?: Date;
}) {
  return db.modelVersion.create({
    data: {
      modelId: options.modelId,
      version: ++versionNumber,
      stage: options.stage ?? "DEVELOPMENT",
      createdById: options.createdById,
      createdAt: options.createdAt,
    },
    select: { id: true, version: true, stage: true },
  });
}

let policyCount = 0;
async function createPolicy(mode: PolicyMode, createdById: string) {
  return db.policy.create({
    data: {
      key: `policy-${++policyCount}`,
      version: 1,
      name: `Policy ${policyCount}`,
      targetStage: "PRODUCTION",
      mode,
      rules: [],
      createdById,
    },
    select: { id: true, mode: true },
  });
}

/** A request with frozen policy results (`policies`: one entry per evaluation) and optional approvals. */
export async function createPromotionRequest(options: {
  versionId: string;
  requestedById: string;
  status?: PromotionStatus;
  fromStage?: Stage;
  toStage?: Stage;
  requiredApprovals?: number;
  createdAt?: Date;
  decidedAt?: Date;
  /** `results`: the frozen rule results (only `passed` matters to the counts that read them) */
  policies?: { mode: PolicyMode; passed: boolean; evaluatedAt?: Date; results?: { passed: boolean }[] }[];
  approvals?: { approverId: string; decision: "APPROVE" | "REJECT" }[];
}) {
  const request = await db.promotionRequest.create({
    data: {
      versionId: options.versionId,
      requestedById: options.requestedById,
      status: options.status ?? "PENDING",
      fromStage: options.fromStage ?? "DEVELOPMENT",
      toStage: options.toStage ?? "STAGING",
      requiredApprovals: options.requiredApprovals ?? 1,
      justification: "Ready",
      createdAt: options.createdAt,
      decidedAt: options.decidedAt,
      approvals: { create: (options.approvals ?? []).map((a) => ({ ...a, comment: "ok" })) },
    },
    select: { id: true, createdAt: true },
  });
  for (const evaluation of options.policies ?? []) {
    const policy = await createPolicy(evaluation.mode, options.requestedById);
    await db.policyEvaluation.create({
      data: {
        requestId: request.id,
        policyId: policy.id,
        policyVersion: 1,
        mode: evaluation.mode,
        passed: evaluation.passed,
        results: evaluation.results ?? [],
        evaluatedAt: evaluation.evaluatedAt ?? options.createdAt,
      },
    });
  }
  return request;
}

export async function createAlert(options: {
  versionId?: string;
  severity?: AlertSeverity;
  status?: "OPEN" | "ACKNOWLEDGED" | "RESOLVED";
  title?: string;
  kind?: AlertKind;
  createdAt?: Date;
}) {
  return db.alert.create({
    data: {
      versionId: options.versionId,
      kind: options.kind ?? "DRIFT",
      createdAt: options.createdAt,
      severity: options.severity ?? "WARNING",
      status: options.status ?? "OPEN",
      title: options.title ?? unique("alert"),
      // a rule of its own: the one-open-alert-per-subject index never joins two test alerts
      rule: unique("rule"),
    },
    select: { id: true, title: true },
  });
}
