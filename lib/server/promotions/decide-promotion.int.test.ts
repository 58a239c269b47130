import { beforeAll, describe, expect, it } from "vitest";
import { POST as decideRoute } from "@/app/api/v1/promotions/[id]/decisions/route";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import {
  createModelWithVersions,
  createPendingRequest,
  eventsOf,
  setupWorkflowPeople,
  stageOf,
  statusOf,
  type WorkflowPeople,
} from "@/tests/support/promotion-kit";

let people: WorkflowPeople;
beforeAll(async () => {
  people = await setupWorkflowPeople();
});

const decide = (token: string | undefined, id: string, body: unknown) =>
  callRoute(decideRoute, {
    url: `/api/v1/promotions/${id}/decisions`,
    method: "POST",
    token,
    params: { id },
    body,
  });

const approve = (token: string, id: string) =>
  decide(token, id, { decision: "APPROVE", comment: "Looks right" });

async function pendingPromotion(
  stages: Parameters<typeof createModelWithVersions>[1],
  request: { from: "DEVELOPMENT" | "STAGING" | "PRODUCTION"; to: "STAGING" | "PRODUCTION" | "ARCHIVED" },
  options: { requiredApprovals?: number; keepPreviousProduction?: boolean; requestedById?: string } = {},
) {
  const { versions } = await createModelWithVersions(people, stages);
  const version = versions.at(-1)!;
  const { id } = await createPendingRequest({
    versionId: version.id,
    requestedById: options.requestedById ?? people.requester.user.id,
    fromStage: request.from,
    toStage: request.to,
    requiredApprovals: options.requiredApprovals,
    keepPreviousProduction: options.keepPreviousProduction,
  });
  return { requestId: id, versionId: version.id, versions };
}

describe("deciding on a promotion request", () => {
  it("answers 401, 403 for a role that may not decide, 400 with field messages, 404, in that order", async () => {
    const { requestId } = await pendingPromotion(["DEVELOPMENT"], { from: "DEVELOPMENT", to: "STAGING" });
    expect((await decide(undefined, requestId, {})).status).toBe(401);
    for (const who of [people.requester, people.leader])
      expect((await decide(who.token, requestId, { decision: "MAYBE" })).status).toBe(403);
    const reject = await decide(people.officer1.token, requestId, { decision: "REJECT" });
    expect(reject.status).toBe(400);
    expect(reject.body.error.fields.comment).toMatch(/Say why/);
    const bad = await decide(people.officer1.token, requestId, { decision: "MAYBE", extra: 1 });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["_", "decision"].sort());
    expect((await decide(people.officer1.token, "no-such-request", { decision: "APPROVE" })).status).toBe(
      404,
    );
    expect(await statusOf(requestId)).toBe("PENDING");
    expect(await db.approval.count({ where: { requestId } })).toBe(0);
  });

  it("refuses the requester and the version's registrant (separation of duties), saying why", async () => {
    const asRequester = await pendingPromotion(
      ["DEVELOPMENT"],
      { from: "DEVELOPMENT", to: "STAGING" },
      { requestedById: people.admin.user.id },
    );
    const own = await approve(people.admin.token, asRequester.requestId);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/You requested this promotion; separation of duties/);

    const { model } = await createModelWithVersions(people, []);
    const registered = await db.modelVersion.create({
      data: { modelId: model.id, version: 1, createdById: people.admin.user.id },
      select: { id: true },
    });
    const { id } = await createPendingRequest({
      versionId: registered.id,
      requestedById: people.requester.user.id,
      fromStage: "DEVELOPMENT",
      toStage: "STAGING",
    });
    const registrant = await approve(people.admin.token, id);
    expect(registrant.status).toBe(403);
    expect(registrant.body.error.message).toMatch(/You registered this version/);
    expect(await db.approval.count({ where: { requestId: { in: [id, asRequester.requestId] } } })).toBe(0);
  });

  it("approves with one officer: APPROVED, the version moves, one event of each name", async () => {
    const { requestId, versionId } = await pendingPromotion(["DEVELOPMENT"], {
      from: "DEVELOPMENT",
      to: "STAGING",
    });
    const response = await approve(people.officer1.token, requestId);
    expect(response.status).toBe(200);
    expect(response.body.request).toMatchObject({
      status: "APPROVED",
      approvalsCount: 1,
      version: { id: versionId, stage: "STAGING" },
      approvals: [{ decision: "APPROVE", comment: "Looks right", approver: { id: people.officer1.user.id } }],
    });
    expect(new Date(response.body.request.decidedAt).toISOString()).toBe(response.body.request.decidedAt);
    expect((await eventsOf(requestId)).map((e) => e.action)).toEqual([
      "promotion.decision_recorded",
      "promotion.approved",
    ]);
    const [moved, ...more] = await eventsOf(versionId, "model_version.stage_changed");
    expect(more).toEqual([]);
    expect(moved!.changes).toEqual({ stage: { from: "DEVELOPMENT", to: "STAGING" }, requestId });
    expect(moved!.actorEmail).toBe(people.officer1.user.email);
  });

  it("rejects with a comment: REJECTED, the version stays", async () => {
    const { requestId, versionId } = await pendingPromotion(["STAGING"], {
      from: "STAGING",
      to: "PRODUCTION",
    });
    const response = await decide(people.officer2.token, requestId, {
      decision: "REJECT",
      comment: "Bias report missing",
    });
    expect(response.status).toBe(200);
    expect(response.body.request).toMatchObject({ status: "REJECTED", approvalsCount: 0 });
    expect(response.body.request.decidedAt).not.toBeNull();
    expect(await stageOf(versionId)).toBe("STAGING");
    const events = await eventsOf(requestId);
    expect(events.map((e) => e.action)).toEqual(["promotion.decision_recorded", "promotion.rejected"]);
    expect(events[1]!.changes).toEqual({ comment: "Bias report missing" });
    expect(await eventsOf(versionId)).toEqual([]);
  });

  it("needs two distinct officers when two approvals are required", async () => {
    const { requestId, versionId } = await pendingPromotion(
      ["STAGING"],
      { from: "STAGING", to: "PRODUCTION" },
      { requiredApprovals: 2 },
    );
    const first = await approve(people.officer1.token, requestId);
    expect(first.body.request).toMatchObject({ status: "PENDING", approvalsCount: 1, requiredApprovals: 2 });
    expect(await stageOf(versionId)).toBe("STAGING");
    const twice = await approve(people.officer1.token, requestId);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/already decided/);
    const second = await approve(people.officer2.token, requestId);
    expect(second.body.request).toMatchObject({ status: "APPROVED", approvalsCount: 2 });
    expect(second.body.request.approvals.map((a: { approver: { id: string } }) => a.approver.id)).toEqual([
      people.officer1.user.id,
      people.officer2.user.id,
    ]);
    expect(await stageOf(versionId)).toBe("PRODUCTION");
    expect((await eventsOf(requestId, "promotion.decision_recorded")).length).toBe(2);
    expect((await eventsOf(requestId, "promotion.approved")).length).toBe(1);
    expect((await eventsOf(versionId, "model_version.stage_changed")).length).toBe(1);
  });

  it("answers 409 on a request that is no longer PENDING", async () => {
    const { requestId } = await pendingPromotion(["DEVELOPMENT"], { from: "DEVELOPMENT", to: "STAGING" });
    await approve(people.officer1.token, requestId);
    const late = await approve(people.officer2.token, requestId);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/APPROVED, not PENDING/);
    expect(await db.approval.count({ where: { requestId } })).toBe(1);
  });

  it("answers 409, storing nothing, when the version has left the stage the request started from", async () => {
    const { requestId, versionId } = await pendingPromotion(["DEVELOPMENT"], {
      from: "DEVELOPMENT",
      to: "STAGING",
    });
    await db.modelVersion.update({ where: { id: versionId }, data: { stage: "ARCHIVED" } });
    const response = await approve(people.officer1.token, requestId);
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/no longer in DEVELOPMENT/);
    expect(await statusOf(requestId)).toBe("PENDING");
    expect(await db.approval.count({ where: { requestId } })).toBe(0);
    expect(await eventsOf(requestId)).toEqual([]);
  });
});

describe("what an approved move does to the rest of the model", () => {
  it("archives the previous PRODUCTION version and closes its stale requests", async () => {
    const { requestId, versionId, versions } = await pendingPromotion(["PRODUCTION", "STAGING"], {
      from: "STAGING",
      to: "PRODUCTION",
    });
    const previous = versions[0]!.id;
    const retire = await createPendingRequest({
      versionId: previous,
      requestedById: people.requester.user.id,
      fromStage: "PRODUCTION",
      toStage: "ARCHIVED",
    });
    expect((await approve(people.officer1.token, requestId)).status).toBe(200);
    expect(await stageOf(versionId)).toBe("PRODUCTION");
    expect(await stageOf(previous)).toBe("ARCHIVED");
    const archived = await eventsOf(previous, "model_version.stage_changed");
    expect(archived.map((e) => e.changes)).toEqual([
      {
        stage: { from: "PRODUCTION", to: "ARCHIVED" },
        requestId,
        reason: "superseded",
        supersededBy: versionId,
      },
    ]);
    expect(await statusOf(retire.id)).toBe("WITHDRAWN");
    const superseded = await eventsOf(retire.id);
    expect(superseded.map((e) => e.action)).toEqual(["promotion.superseded"]);
    expect(superseded[0]!.changes).toMatchObject({ supersededBy: requestId, status: { to: "WITHDRAWN" } });
  });

  it("keeps the previous PRODUCTION version serving when the request says so", async () => {
    const { requestId, versionId, versions } = await pendingPromotion(
      ["PRODUCTION", "STAGING"],
      { from: "STAGING", to: "PRODUCTION" },
      { keepPreviousProduction: true },
    );
    await approve(people.officer1.token, requestId);
    expect(await stageOf(versionId)).toBe("PRODUCTION");
    expect(await stageOf(versions[0]!.id)).toBe("PRODUCTION");
    expect(await eventsOf(versions[0]!.id)).toEqual([]);
  });

  it("closes the version's other pending requests whose starting stage no longer holds", async () => {
    const { requestId, versionId } = await pendingPromotion(["DEVELOPMENT"], {
      from: "DEVELOPMENT",
      to: "STAGING",
    });
    const archive = await createPendingRequest({
      versionId,
      requestedById: people.registrant.user.id,
      fromStage: "DEVELOPMENT",
      toStage: "ARCHIVED",
    });
    await approve(people.officer1.token, requestId);
    expect(await statusOf(archive.id)).toBe("WITHDRAWN");
    expect((await eventsOf(archive.id)).map((e) => e.action)).toEqual(["promotion.superseded"]);
    const stale = await approve(people.officer2.token, archive.id);
    expect(stale.status).toBe(409);
    expect(await stageOf(versionId)).toBe("STAGING");
  });

  it("leaves the audit chain intact", async () => {
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});
