import { beforeAll, describe, expect, it } from "vitest";
import type { Stage } from "@/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { addRun, at, savePolicyVersion } from "@/tests/support/evidence-factories";
import { createOwner, createVersion } from "@/tests/support/lineage-factories";
import { judgeVersion } from "./judge-version";

const floor = (id: string, threshold: number) => ({
  id,
  kind: "metric_min",
  suite: "mmlu",
  metric: "accuracy",
  threshold,
});
const approvals = (MINIMAL: number, LIMITED: number, HIGH: number) => ({
  id: "approvals",
  kind: "approvals_required",
  byRiskTier: { MINIMAL, LIMITED, HIGH },
});

let owner: Awaited<ReturnType<typeof createOwner>>;
let version: { id: string; modelId: string };
const asOf = at("2025-06-01");

// Each stage gets its own set of policies, so each test reads only the ones it sets up.
async function policy(
  targetStage: Stage,
  key: string,
  mode: "ENFORCE" | "SHADOW",
  rules: unknown[],
  name = key,
) {
  return savePolicyVersion(owner, {
    key,
    name,
    version: 1,
    createdAt: at("2025-01-01"),
    targetStage,
    mode,
    rules,
  });
}

beforeAll(async () => {
  owner = await createOwner();
  version = await createVersion(owner);
  await db.model.update({ where: { id: version.modelId }, data: { riskTier: "LIMITED" } });
  await addRun(owner, version, "mmlu", at("2025-05-01"), [["accuracy", 0.7]]);
  await addRun(owner, version, "mmlu", at("2025-07-01"), [["accuracy", 0.4]]); // after asOf
});

describe("judgeVersion", () => {
  it("blocks on an ENFORCE failure, listing only ENFORCE failures, on evidence as of the moment", async () => {
    const enforced = await policy(
      "PRODUCTION",
      "quality-gate",
      "ENFORCE",
      [floor("floor", 0.6), floor("high-floor", 0.8)],
      "Quality gate",
    );
    const shadow = await policy(
      "PRODUCTION",
      "stricter-trial",
      "SHADOW",
      [floor("trial-floor", 0.9)],
      "Stricter trial",
    );
    const judgement = await judgeVersion(db, { versionId: version.id, toStage: "PRODUCTION", asOf });

    expect(judgement.evidence.metrics.map((m) => m.value)).toEqual([0.7]);
    expect(judgement.blocked).toBe(true);
    expect(judgement.failingRules).toEqual([
      {
        policyId: "quality-gate",
        policyName: "Quality gate",
        ruleId: "high-floor",
        message: "The mmlu accuracy is 0.7, below the required minimum of 0.8",
      },
    ]);
    expect(judgement.evaluations.map((e) => [e.policy, e.result.passed])).toEqual([
      [{ id: enforced.id, key: "quality-gate", version: 1, name: "Quality gate", mode: "ENFORCE" }, false],
      [{ id: shadow.id, key: "stricter-trial", version: 1, name: "Stricter trial", mode: "SHADOW" }, false],
    ]);
    expect(judgement.requiredApprovals).toBe(1);
  });

  it("never blocks on a SHADOW failure", async () => {
    await policy("STAGING", "staging-gate", "ENFORCE", [floor("floor", 0.5)]);
    await policy("STAGING", "staging-trial", "SHADOW", [floor("floor", 0.95)]);
    const judgement = await judgeVersion(db, { versionId: version.id, toStage: "STAGING", asOf });
    expect(judgement.blocked).toBe(false);
    expect(judgement.failingRules).toEqual([]);
    expect(judgement.evaluations.map((e) => [e.policy.key, e.result.passed])).toEqual([
      ["staging-gate", true],
      ["staging-trial", false],
    ]);
  });

  it("requires the highest approvals count of the ENFORCE policies for the risk tier; SHADOW counts never bind", async () => {
    await policy("ARCHIVED", "archive-two", "ENFORCE", [approvals(1, 2, 3)]);
    await policy("ARCHIVED", "archive-three", "ENFORCE", [approvals(1, 3, 3), floor("floor", 0.1)]);
    await policy("ARCHIVED", "archive-shadow", "SHADOW", [approvals(5, 5, 5)]);
    const judgement = await judgeVersion(db, { versionId: version.id, toStage: "ARCHIVED", asOf });
    expect(judgement.requiredApprovals).toBe(3);
    expect(judgement.evaluations.map((e) => e.result.requiredApprovals)).toEqual([5, 3, 2]);
    expect(judgement.blocked).toBe(false);
  });

  it("with no policy in force: not blocked, one approval", async () => {
    const judgement = await judgeVersion(db, { versionId: version.id, toStage: "DEVELOPMENT", asOf });
    expect(judgement).toMatchObject({
      evaluations: [],
      blocked: false,
      failingRules: [],
      requiredApprovals: 1,
    });
  });

  it("throws not_found for an unknown version", async () => {
    await expect(judgeVersion(db, { versionId: "missing", toStage: "STAGING", asOf })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
