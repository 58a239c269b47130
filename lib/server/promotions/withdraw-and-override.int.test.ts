import { beforeAll, describe, expect, it } from "vitest";
import { POST as decideRoute } from "@/app/api/v1/promotions/[id]/decisions/route";
import { GET as getRoute } from "@/app/api/v1/promotions/[id]/route";
import { POST as withdrawRoute } from "@/app/api/v1/promotions/[id]/withdraw/route";
import { POST as overrideRoute } from "@/app/api/v1/versions/[id]/stage-override/route";
import { promotionRequestViewSchema } from "@/lib/openapi/operations/promotion-workflow";
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

const post = (
  handler: typeof withdrawRoute,
  path: string,
  token: string | undefined,
  id: string,
  body: unknown,
) => callRoute(handler, { url: `/api/v1/${path}`, method: "POST", token, params: { id }, body });
const withdraw = (token: string | undefined, id: string, body: unknown = {}) =>
  post(withdrawRoute, `promotions/${id}/withdraw`, token, id, body);
const override = (token: string | undefined, id: string, body: unknown) =>
  post(overrideRoute, `versions/${id}/stage-override`, token, id, body);

async function pending(stage: "DEVELOPMENT" | "STAGING" = "DEVELOPMENT") {
  const { versions } = await createModelWithVersions(people, [stage]);
  const versionId = versions[0]!.id;
  const request = await createPendingRequest({
    versionId,
    requestedById: people.requester.user.id,
    fromStage: stage,
    toStage: stage === "DEVELOPMENT" ? "STAGING" : "PRODUCTION",
  });
  return { versionId, requestId: request.id };
}

describe("withdrawing a request", () => {
  it("lets the requester withdraw while PENDING, with the reason in one event", async () => {
    const { requestId } = await pending();
    const response = await withdraw(people.requester.token, requestId, { reason: "Retraining first" });
    expect(response.status).toBe(200);
    expect(response.body.request).toMatchObject({ id: requestId, status: "WITHDRAWN" });
    expect(promotionRequestViewSchema.safeParse(response.body.request).success).toBe(true);
    const events = await eventsOf(requestId);
    expect(events).toEqual([
      {
        action: "promotion.withdrawn",
        actorEmail: people.requester.user.email,
        changes: { status: { from: "PENDING", to: "WITHDRAWN" }, reason: "Retraining first" },
      },
    ]);
    const again = await withdraw(people.requester.token, requestId);
    expect(again.status).toBe(409);
    expect(await eventsOf(requestId)).toHaveLength(1);
  });

  it("refuses other roles (403), anyone but the requester (403), unknown requests (404); admins may", async () => {
    const { requestId } = await pending();
    expect((await withdraw(undefined, requestId)).status).toBe(401);
    expect((await withdraw(people.officer1.token, requestId)).status).toBe(403);
    expect((await withdraw(people.requester.token, requestId, { reason: 5 })).status).toBe(400);
    expect((await withdraw(people.requester.token, "missing")).status).toBe(404);
    for (const other of [people.registrant, people.outsider]) {
      const refused = await withdraw(other.token, requestId);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/Only the person who requested/);
    }
    expect(await statusOf(requestId)).toBe("PENDING");
    expect((await withdraw(people.admin.token, requestId)).body.request.status).toBe("WITHDRAWN");
  });

  it("cannot withdraw a decided request, nor decide a withdrawn one", async () => {
    const decided = await pending();
    await callRoute(decideRoute, {
      url: "/",
      method: "POST",
      token: people.officer1.token,
      params: { id: decided.requestId },
      body: { decision: "APPROVE" },
    });
    expect((await withdraw(people.requester.token, decided.requestId)).status).toBe(409);

    const withdrawn = await pending();
    await withdraw(people.requester.token, withdrawn.requestId);
    const late = await callRoute(decideRoute, {
      url: "/",
      method: "POST",
      token: people.officer1.token,
      params: { id: withdrawn.requestId },
      body: { decision: "APPROVE" },
    });
    expect(late.status).toBe(409);
    expect(await stageOf(withdrawn.versionId)).toBe("DEVELOPMENT");
  });
});

describe("emergency stage override", () => {
  const reason = "Incident 4711: the serving version leaks prompts";

  it("is for admins only, checks the input and the version, and refuses the current stage", async () => {
    const { versions } = await createModelWithVersions(people, ["STAGING"]);
    const id = versions[0]!.id;
    for (const who of [people.requester, people.officer1, people.leader])
      expect((await override(who.token, id, { toStage: "PRODUCTION", reason })).status).toBe(403);
    const short = await override(people.admin.token, id, { toStage: "LIVE", reason: "now" });
    expect(short.status).toBe(400);
    expect(Object.keys(short.body.error.fields).sort()).toEqual(["reason", "toStage"]);
    expect((await override(people.admin.token, "missing", { toStage: "PRODUCTION", reason })).status).toBe(
      404,
    );
    const same = await override(people.admin.token, id, { toStage: "STAGING", reason });
    expect(same.status).toBe(422);
    expect(same.body.error).toMatchObject({ code: "transition_not_allowed", rule: "same_stage" });
    expect(await db.promotionRequest.count({ where: { versionId: id } })).toBe(0);
    expect(await eventsOf(id)).toEqual([]);
  });

  it("moves any way, stored as an APPROVED emergency request and marked in the audit", async () => {
    const { versions } = await createModelWithVersions(people, ["ARCHIVED"]);
    const id = versions[0]!.id;
    const response = await override(people.admin.token, id, { toStage: "STAGING", reason });
    expect(response.status).toBe(200);
    const request = response.body.request;
    expect(request).toMatchObject({
      status: "APPROVED",
      emergencyOverride: true,
      fromStage: "ARCHIVED",
      toStage: "STAGING",
      justification: reason,
      requiredApprovals: 0,
      policyResults: [],
      approvals: [],
      requestedBy: { id: people.admin.user.id },
      version: { stage: "STAGING" },
    });
    expect(request.decidedAt).toBe(request.createdAt);
    expect(promotionRequestViewSchema.safeParse(request).success).toBe(true);
    const events = await eventsOf(id);
    expect(events.map((e) => [e.action, e.changes])).toEqual([
      [
        "model_version.stage_overridden",
        { stage: { from: "ARCHIVED", to: "STAGING" }, reason, requestId: request.id },
      ],
      [
        "model_version.stage_changed",
        { stage: { from: "ARCHIVED", to: "STAGING" }, requestId: request.id, emergencyOverride: true },
      ],
    ]);
    const read = await callRoute(getRoute, {
      url: "/",
      token: people.leader.token,
      params: { id: request.id },
    });
    expect(read.body.request).toEqual(request);
  });

  it("archives the previous PRODUCTION version and supersedes pending requests, like any move", async () => {
    const { versions } = await createModelWithVersions(people, ["PRODUCTION", "STAGING"]);
    const [previous, next] = versions.map((v) => v.id) as [string, string];
    const stale = await createPendingRequest({
      versionId: next,
      requestedById: people.requester.user.id,
      fromStage: "STAGING",
      toStage: "PRODUCTION",
    });
    const response = await override(people.admin.token, next, { toStage: "PRODUCTION", reason });
    expect(response.status).toBe(200);
    expect(await stageOf(next)).toBe("PRODUCTION");
    expect(await stageOf(previous)).toBe("ARCHIVED");
    expect((await eventsOf(previous)).map((e) => e.changes)).toEqual([
      {
        stage: { from: "PRODUCTION", to: "ARCHIVED" },
        requestId: response.body.request.id,
        reason: "superseded",
        supersededBy: next,
      },
    ]);
    expect(await statusOf(stale.id)).toBe("WITHDRAWN");
    expect((await eventsOf(stale.id)).map((e) => e.action)).toEqual(["promotion.superseded"]);
  });

  it("answers 404 for an unknown request and keeps the audit chain intact", async () => {
    expect(
      (await callRoute(getRoute, { url: "/", token: people.leader.token, params: { id: "x" } })).status,
    ).toBe(404);
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});
