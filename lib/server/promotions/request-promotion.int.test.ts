import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RiskTier, Stage } from "@/generated/prisma/client";
import { POST as decideRoute } from "@/app/api/v1/promotions/[id]/decisions/route";
import { GET as getRoute } from "@/app/api/v1/promotions/[id]/route";
import { POST as requestRoute } from "@/app/api/v1/versions/[id]/promotions/route";
import { promotionRequestViewSchema } from "@/lib/openapi/operations/promotion-workflow";
import { rulesSchema } from "@/lib/policy/rules";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import {
  createModelWithVersions,
  eventsOf,
  separateClients,
  setupWorkflowPeople,
  stageOf,
  type WorkflowPeople,
} from "@/tests/support/promotion-kit";
import { openPromotionRequest } from "./open-promotion-request";

let people: WorkflowPeople;
const JUSTIFICATION = "Evaluation suite green, weights uploaded";

beforeAll(async () => {
  people = await setupWorkflowPeople();
  const policies = [
    {
      key: "artifacts-gate",
      name: "Artifacts gate",
      mode: "ENFORCE" as const,
      rules: [
        { id: "weights", kind: "required_artifacts", formats: ["SAFETENSORS"] },
        { id: "approvals", kind: "approvals_required", byRiskTier: { MINIMAL: 1, LIMITED: 1, HIGH: 2 } },
      ],
    },
    {
      key: "card-shadow",
      name: "Model card (shadow)",
      mode: "SHADOW" as const,
      rules: [{ id: "card", kind: "model_card_sections", required: ["intendedUse"] }],
    },
  ];
  for (const policy of policies)
    await db.policy.create({
      data: {
        ...policy,
        rules: rulesSchema.parse(policy.rules),
        version: 1,
        targetStage: "STAGING",
        enabled: true,
        createdById: people.officer1.user.id,
      },
    });
});

const request = (token: string | undefined, id: string, body: unknown) =>
  callRoute(requestRoute, {
    url: `/api/v1/versions/${id}/promotions`,
    method: "POST",
    token,
    params: { id },
    body,
  });
const toStaging = { toStage: "STAGING", justification: JUSTIFICATION };

/** A version of the team's model; `weights` gives it the artifact the ENFORCE policy asks for. */
async function version(
  stage: Stage = "DEVELOPMENT",
  options: { weights?: boolean; riskTier?: RiskTier } = {},
) {
  const { versions } = await createModelWithVersions(people, [stage], { riskTier: options.riskTier });
  const id = versions[0]!.id;
  if (options.weights ?? true)
    await db.artifact.create({
      data: {
        versionId: id,
        name: "model.safetensors",
        uri: "s3://models/model.safetensors",
        sizeBytes: BigInt(1024),
        sha256: "a".repeat(64),
        format: "SAFETENSORS",
        createdById: people.registrant.user.id,
      },
    });
  return id;
}

const storedRequests = (versionId: string) => db.promotionRequest.count({ where: { versionId } });

describe("requesting a promotion", () => {
  it("stores a PENDING request with every policy's frozen result; a SHADOW failure does not block", async () => {
    const id = await version();
    const response = await request(people.requester.token, id, toStaging);
    expect(response.status).toBe(201);
    const body = response.body.request;
    expect(promotionRequestViewSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      status: "PENDING",
      fromStage: "DEVELOPMENT",
      toStage: "STAGING",
      justification: JUSTIFICATION,
      requiredApprovals: 1,
      keepPreviousProduction: false,
      emergencyOverride: false,
      decidedAt: null,
      requestedBy: { id: people.requester.user.id },
      version: { id, stage: "DEVELOPMENT", model: { team: { id: people.team.id } } },
      approvals: [],
      approvalsCount: 0,
    });
    expect(
      body.policyResults.map((p: { policyId: string; mode: string; passed: boolean }) => [
        p.policyId,
        p.mode,
        p.passed,
      ]),
    ).toEqual([
      ["artifacts-gate", "ENFORCE", true],
      ["card-shadow", "SHADOW", false],
    ]);
    expect(body.policyResults[0]).toMatchObject({
      policyVersion: 1,
      policyName: "Artifacts gate",
      evaluatedAt: body.createdAt,
    });
    expect(body.policyResults[1].results).toEqual([
      expect.objectContaining({ ruleId: "card", kind: "model_card_sections", passed: false }),
    ]);
    const events = await eventsOf(body.id);
    expect(events.map((e) => e.action)).toEqual(["promotion.requested"]);
    expect(events[0]!.changes).toMatchObject({
      versionId: id,
      fromStage: "DEVELOPMENT",
      toStage: "STAGING",
      justification: JUSTIFICATION,
      requiredApprovals: 1,
      status: "PENDING",
      policies: [
        { key: "artifacts-gate", version: 1, mode: "ENFORCE", passed: true },
        { key: "card-shadow", version: 1, mode: "SHADOW", passed: false },
      ],
    });
  });

  it("stores a BLOCKED request with its evaluations when an ENFORCE rule fails, and answers 422 naming it", async () => {
    const id = await version("DEVELOPMENT", { weights: false });
    const response = await request(people.requester.token, id, toStaging);
    expect(response.status).toBe(422);
    const { error } = response.body;
    expect(error).toMatchObject({
      code: "policy_blocked",
      rules: [{ policyId: "artifacts-gate", policyName: "Artifacts gate", ruleId: "weights" }],
    });
    expect(error.message).toMatch(/^Blocked by an enforced policy: Artifacts gate: /);
    expect(error.rules[0].message.length).toBeGreaterThan(0);
    const stored = await db.promotionRequest.findUniqueOrThrow({
      where: { id: error.requestId },
      select: { status: true, versionId: true, policyEvaluations: { select: { mode: true, passed: true } } },
    });
    expect(stored.status).toBe("BLOCKED");
    expect(stored.versionId).toBe(id);
    expect(stored.policyEvaluations.sort((a, b) => a.mode.localeCompare(b.mode))).toEqual([
      { mode: "ENFORCE", passed: false },
      { mode: "SHADOW", passed: false },
    ]);
    const events = await eventsOf(error.requestId);
    expect(events.map((e) => e.action)).toEqual(["promotion.requested", "promotion.blocked"]);
    expect(events[1]!.changes).toEqual({ failingRules: error.rules });
    // A blocked request is final and is not PENDING: the officers' inbox never sees it, a new one may follow.
    const decide = await callRoute(decideRoute, {
      url: "/",
      method: "POST",
      token: people.officer1.token,
      params: { id: error.requestId },
      body: { decision: "APPROVE" },
    });
    expect(decide.status).toBe(409);
    expect(await stageOf(id)).toBe("DEVELOPMENT");
  });

  it("freezes two approvals for a HIGH-risk model; the second officer's approval moves it", async () => {
    const id = await version("DEVELOPMENT", { riskTier: "HIGH" });
    const created = await request(people.requester.token, id, toStaging);
    expect(created.body.request.requiredApprovals).toBe(2);
    const decide = (token: string) =>
      callRoute(decideRoute, {
        url: "/",
        method: "POST",
        token,
        params: { id: created.body.request.id },
        body: { decision: "APPROVE" },
      });
    expect((await decide(people.officer1.token)).body.request).toMatchObject({
      status: "PENDING",
      approvalsCount: 1,
    });
    expect(await stageOf(id)).toBe("DEVELOPMENT");
    expect((await decide(people.officer2.token)).body.request).toMatchObject({
      status: "APPROVED",
      version: { stage: "STAGING" },
    });
  });

  it("answers 400 with every field message and stores nothing", async () => {
    const id = await version("STAGING");
    const empty = await request(people.requester.token, id, {});
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields).sort()).toEqual(["justification", "toStage"]);
    const keep = await request(people.requester.token, await version(), {
      ...toStaging,
      keepPreviousProduction: true,
    });
    expect(keep.status).toBe(400);
    expect(keep.body.error.fields).toEqual({
      keepPreviousProduction:
        "Only a promotion to PRODUCTION can keep the previous production version serving",
    });
    const kept = await request(people.requester.token, id, {
      toStage: "PRODUCTION",
      justification: JUSTIFICATION,
      keepPreviousProduction: true,
    });
    expect(kept.status).toBe(201);
    expect(kept.body.request.keepPreviousProduction).toBe(true);
    expect(await storedRequests(id)).toBe(1);
  });

  it("answers 401, 403 for the role, 404, 403 for another team, storing nothing", async () => {
    const id = await version();
    expect((await request(undefined, id, toStaging)).status).toBe(401);
    for (const who of [people.officer1, people.leader])
      expect((await request(who.token, id, toStaging)).status).toBe(403);
    expect((await request(people.requester.token, "no-such-version", toStaging)).status).toBe(404);
    const outsider = await request(people.outsider.token, id, toStaging);
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.message).toMatch(/team that owns/);
    expect(await storedRequests(id)).toBe(0);
    expect(await eventsOf(id)).toEqual([]);
  });

  it("answers 409 for a second PENDING request to the same target, not for another target", async () => {
    const id = await version();
    expect((await request(people.requester.token, id, toStaging)).status).toBe(201);
    const again = await request(people.registrant.token, id, toStaging);
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual({ toStage: "A request for this stage is already pending" });
    const archive = await request(people.requester.token, id, {
      toStage: "ARCHIVED",
      justification: "Superseded",
    });
    expect(archive.status).toBe(201);
    expect(await storedRequests(id)).toBe(2);
  });

  it("answers 422 transition_not_allowed naming the rule, storing nothing", async () => {
    const cases: [Stage, string, string][] = [
      ["DEVELOPMENT", "PRODUCTION", "one_stage_at_a_time"],
      ["ARCHIVED", "PRODUCTION", "archived_is_final"],
      ["STAGING", "STAGING", "same_stage"],
    ];
    for (const [from, to, rule] of cases) {
      const id = await version(from);
      const response = await request(people.requester.token, id, {
        toStage: to,
        justification: JUSTIFICATION,
      });
      expect(response.status, `${from} -> ${to}`).toBe(422);
      expect(response.body.error).toMatchObject({ code: "transition_not_allowed", rule });
      expect(await storedRequests(id)).toBe(0);
    }
  });

  it("shows a frozen result that no longer parses as no results, and logs it", async () => {
    const id = await version();
    const created = (await request(people.requester.token, id, toStaging)).body.request;
    await db.policyEvaluation.updateMany({
      where: { requestId: created.id, mode: "SHADOW" },
      data: { results: [{ bogus: 1 }] },
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const read = await callRoute(getRoute, {
      url: "/",
      token: people.leader.token,
      params: { id: created.id },
    });
    expect(read.status).toBe(200);
    expect(read.body.request.policyResults[1]).toMatchObject({ policyId: "card-shadow", results: [] });
    expect(read.body.request.policyResults[0].results.length).toBe(2);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(created.id), expect.anything());
    log.mockRestore();
  });
});

describe("requests racing", () => {
  it("two identical requests at once: one 201, one 409 (10 rounds)", async () => {
    for (let round = 0; round < 10; round++) {
      const id = await version();
      const statuses = (
        await Promise.all([
          request(people.requester.token, id, toStaging),
          request(people.registrant.token, id, toStaging),
        ])
      ).map((r) => r.status);
      expect(statuses.sort(), `round ${round}`).toEqual([201, 409]);
      expect(await storedRequests(id)).toBe(1);
      expect(
        await db.auditEvent.count({
          where: { action: "promotion.requested", changes: { path: ["versionId"], equals: id } },
        }),
      ).toBe(1);
    }
  });

  describe("the partial unique index behind the version lock", () => {
    const [other] = separateClients(1);
    afterAll(() => other!.$disconnect());

    const waitingOnALock = async () =>
      (
        await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`
      )[0]!.n > 0;

    it("turns a PENDING duplicate that slipped past the check into the same 409", async () => {
      const id = await version();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
      // Another connection inserts a PENDING request and holds it uncommitted. Its foreign key check would
      // take a KEY SHARE lock on the version and so queue behind the version lock; replica mode skips that
      // check, standing in for a code path that never took the lock.
      const sneaky = other!.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
        await tx.promotionRequest.create({
          data: {
            versionId: id,
            fromStage: "DEVELOPMENT",
            toStage: "STAGING",
            justification: "Slipped in",
            requestedById: people.requester.user.id,
          },
          select: { id: true },
        });
        inserted();
        await held;
      });
      await insertedYet;
      // Settled into a value at once, so its refusal is never an unhandled rejection while we wait.
      const opening = db
        .$transaction((tx) =>
          openPromotionRequest(tx, {
            versionId: id,
            actor: people.registrant.user,
            input: { toStage: "STAGING", justification: JUSTIFICATION },
            now: new Date(),
          }),
        )
        .then(
          () => null,
          (error: unknown) => error,
        );
      // Released only once the opening transaction waits on the index (past its own PENDING check).
      while (!(await waitingOnALock())) await new Promise((resolve) => setTimeout(resolve, 20));
      release();
      await sneaky;
      expect(await opening).toMatchObject({ code: "conflict", status: 409 });
      expect(await storedRequests(id)).toBe(1);
    });
  });

  it("leaves the audit chain intact", async () => {
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});
