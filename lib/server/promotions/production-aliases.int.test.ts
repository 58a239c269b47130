/**
 * Production aliases (`champion`, `prod`) never name a retired version: when a promotion archives the
 * version they name, they follow the version that replaced it; when a version leaves PRODUCTION with
 * none replacing it, they are removed. Other aliases stay where they were. Each move is audited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as decideRoute } from "@/app/api/v1/promotions/[id]/decisions/route";
import { POST as overrideRoute } from "@/app/api/v1/versions/[id]/stage-override/route";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import {
  createModelWithVersions,
  createPendingRequest,
  eventsOf,
  setupWorkflowPeople,
  stageOf,
  type WorkflowPeople,
} from "@/tests/support/promotion-kit";

let people: WorkflowPeople;
beforeAll(async () => {
  people = await setupWorkflowPeople();
});

const approve = (token: string, id: string) =>
  callRoute(decideRoute, {
    url: `/api/v1/promotions/${id}/decisions`,
    method: "POST",
    token,
    params: { id },
    body: { decision: "APPROVE", comment: "Better on every suite" },
  });

const aliasesOf = async (modelId: string) =>
  Object.fromEntries(
    (await db.modelAlias.findMany({ where: { modelId }, select: { alias: true, versionId: true } })).map(
      (a) => [a.alias, a.versionId],
    ),
  );

/** Asks for `next` to go STAGING -> PRODUCTION and approves it; the request's id. */
async function promote(next: { id: string }, options: { keepPreviousProduction?: boolean } = {}) {
  const request = await createPendingRequest({
    versionId: next.id,
    requestedById: people.requester.user.id,
    fromStage: "STAGING",
    toStage: "PRODUCTION",
    ...options,
  });
  expect((await approve(people.officer1.token, request.id)).status).toBe(200);
  return request.id;
}

async function servingModel() {
  const { model, versions } = await createModelWithVersions(people, ["PRODUCTION", "STAGING"]);
  const [serving, next] = [versions[0]!, versions[1]!];
  await db.modelAlias.createMany({
    data: [
      { modelId: model.id, alias: "champion", versionId: serving.id },
      { modelId: model.id, alias: "Prod", versionId: serving.id },
      { modelId: model.id, alias: "challenger", versionId: next.id },
      { modelId: model.id, alias: "baseline", versionId: serving.id },
    ],
  });
  return { model, serving, next };
}

describe("production aliases follow production", () => {
  it("move to the version that replaces theirs on approval, audited; other aliases stay", async () => {
    const { model, serving, next } = await servingModel();
    const requestId = await promote(next);
    expect([await stageOf(serving.id), await stageOf(next.id)]).toEqual(["ARCHIVED", "PRODUCTION"]);
    expect(await aliasesOf(model.id)).toEqual({
      champion: next.id,
      Prod: next.id,
      challenger: next.id,
      baseline: serving.id,
    });
    const moved = await eventsOf(model.id, "model.alias_set");
    expect(moved.map((e) => e.changes)).toEqual([
      expect.objectContaining({
        alias: "Prod",
        from: serving.id,
        to: next.id,
        version: 2,
        requestId,
      }),
      expect.objectContaining({ alias: "champion", from: serving.id, to: next.id, version: 2 }),
    ]);
    expect(moved[0]!.actorEmail).toBe(people.officer1.user.email);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("stay when the previous production version keeps serving", async () => {
    const { model, serving, next } = await servingModel();
    await promote(next, { keepPreviousProduction: true });
    expect(await aliasesOf(model.id)).toMatchObject({ champion: serving.id, Prod: serving.id });
  });

  it("are removed when their version leaves PRODUCTION with none replacing it", async () => {
    const { model, serving, next } = await servingModel();
    const archived = await callRoute(overrideRoute, {
      url: `/api/v1/versions/${serving.id}/stage-override`,
      method: "POST",
      token: people.admin.token,
      params: { id: serving.id },
      body: { toStage: "ARCHIVED", reason: "Withdrawn after an incident report" },
    });
    expect(archived.status).toBe(200);
    expect(await aliasesOf(model.id)).toEqual({ challenger: next.id, baseline: serving.id });
    expect((await eventsOf(model.id, "model.alias_deleted")).map((e) => e.changes)).toEqual([
      expect.objectContaining({
        alias: "Prod",
        from: serving.id,
        reason: expect.stringMatching(/left PRODUCTION/),
      }),
      expect.objectContaining({ alias: "champion", from: serving.id }),
    ]);
  });
});
