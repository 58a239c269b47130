import { beforeAll, describe, expect, it } from "vitest";
import { failure } from "@/tests/support/app-error";
import type { PromotionStatus } from "@/generated/prisma/enums";
import { createTeam, createUser } from "@/tests/support/factories";
import { createModel, createPromotionRequest, createVersion } from "@/tests/support/governance-rows";
import { freezeEvaluation, ruleResult, storePolicyVersion } from "@/tests/support/policy-rows";
import { getShadowReport } from "./get-shadow-report";

const DAY = 86_400_000;
const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

type Person = Awaited<ReturnType<typeof createUser>>;
let scientist: Person;
const requests: Record<string, string> = {};
let versionId: string;

// Two versions of "gate" (v1 SHADOW, v2 ENFORCE) and another policy, judging hand-made requests.
beforeAll(async () => {
  const team = await createTeam();
  scientist = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
  const by = scientist.user.id;
  const model = await createModel({ teamId: team.id, createdById: by, name: "Support bot" });
  const version = await createVersion({ modelId: model.id, createdById: by });
  versionId = version.id;
  const v1 = await storePolicyVersion({ key: "gate", version: 1, createdById: by, mode: "SHADOW" });
  const v2 = await storePolicyVersion({ key: "gate", version: 2, createdById: by, mode: "ENFORCE" });
  const other = await storePolicyVersion({ key: "other", version: 1, createdById: by });

  // One PENDING request per version and target at most (a partial unique index): the rest are decided.
  const request = async (name: string, createdAt: Date, status: PromotionStatus = "APPROVED") => {
    requests[name] = (
      await createPromotionRequest({ versionId, requestedById: by, createdAt, status, toStage: "PRODUCTION" })
    ).id;
    return requests[name]!;
  };
  await freezeEvaluation(await request("shadowFail", daysAgo(10)), v1, [
    ruleResult("accuracy", false),
    ruleResult("card", true),
  ]);
  await freezeEvaluation(await request("shadowPass", daysAgo(8)), v1, [
    ruleResult("accuracy", true),
    ruleResult("card", true),
  ]);
  const enforced = await request("enforceFail", daysAgo(2), "BLOCKED");
  await freezeEvaluation(enforced, v2, [ruleResult("accuracy", false), ruleResult("card", false)]);
  await freezeEvaluation(enforced, other, [ruleResult("other-rule", false)]);
  await freezeEvaluation(await request("tooOld", daysAgo(91), "REJECTED"), v1, [
    ruleResult("accuracy", false),
  ]);
  await freezeEvaluation(await request("atTheEnd", now, "PENDING"), v1, [ruleResult("accuracy", false)]);
});

describe("getShadowReport", () => {
  it("counts requests evaluated and failed over the last 90 days, per mode and per rule", async () => {
    const report = await getShadowReport(scientist.principal, "gate", {}, now);
    expect(report.from).toEqual(daysAgo(90));
    expect(report.to).toEqual(now);
    expect(report.totals).toEqual({
      evaluated: 3,
      failed: 2,
      shadowEvaluated: 2,
      wouldHaveBlocked: 1,
      enforcedEvaluated: 1,
      blocked: 1,
    });
    expect(report.rules).toEqual([
      { ruleId: "accuracy", evaluated: 3, failed: 2, wouldHaveBlocked: 1 },
      { ruleId: "card", evaluated: 3, failed: 1, wouldHaveBlocked: 0 },
    ]);
  });

  it("lists the failed requests newest first, with the judging version and the failing rules", async () => {
    const { failures } = await getShadowReport(scientist.principal, "gate", {}, now);
    expect(failures.map((f) => f.requestId)).toEqual([requests.enforceFail, requests.shadowFail]);
    expect(failures[0]).toMatchObject({
      status: "BLOCKED",
      toStage: "PRODUCTION",
      policyVersion: 2,
      mode: "ENFORCE",
      failingRuleIds: ["accuracy", "card"],
      version: { id: versionId, label: expect.stringMatching(/^Support bot v\d+$/) },
      model: { name: "Support bot" },
    });
    expect(failures[1]).toMatchObject({ policyVersion: 1, mode: "SHADOW", failingRuleIds: ["accuracy"] });
    expect(failures[1]!.requestedAt).toEqual(daysAgo(10));
  });

  it("takes the period as [from, to): the start included, the end excluded", async () => {
    const report = await getShadowReport(
      scientist.principal,
      "gate",
      { from: daysAgo(10).toISOString(), to: now.toISOString() },
      now,
    );
    expect(report.failures.map((f) => f.requestId)).toEqual([requests.enforceFail, requests.shadowFail]);
    const withEnd = await getShadowReport(
      scientist.principal,
      "gate",
      { from: daysAgo(9).toISOString(), to: new Date(now.getTime() + 1).toISOString() },
      now,
    );
    expect(withEnd.failures.map((f) => f.requestId)).toEqual([requests.atTheEnd, requests.enforceFail]);
    expect(withEnd.totals).toMatchObject({ evaluated: 3, failed: 2 });
  });

  it("reads a period with nothing in it as zeros", async () => {
    const report = await getShadowReport(scientist.principal, "gate", {
      from: "2020-01-01",
      to: "2020-02-01",
    });
    expect(report.totals.evaluated).toBe(0);
    expect(report.rules).toEqual([]);
    expect(report.failures).toEqual([]);
  });

  it("answers 400 for a bad period (before looking the policy up) and 404 for an unknown policy", async () => {
    const reversed = await failure(
      getShadowReport(scientist.principal, "nope", { from: "2026-02-01", to: "2026-01-01" }),
    );
    expect(reversed.status).toBe(400);
    expect(reversed.fields).toEqual({ to: "Must be after the start of the period" });
    const garbage = await failure(getShadowReport(scientist.principal, "gate", { from: "yesterday" }));
    expect(garbage.fields).toHaveProperty("from");
    const future = await failure(getShadowReport(scientist.principal, "gate", { from: "2027-01-01" }, now));
    expect(future.fields).toHaveProperty("from");
    expect((await failure(getShadowReport(scientist.principal, "nope"))).status).toBe(404);
  });
});
