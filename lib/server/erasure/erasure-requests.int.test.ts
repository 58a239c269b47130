import { beforeAll, describe, expect, it } from "vitest";
import { GET as getRoute } from "@/app/api/v1/erasure-requests/[id]/route";
import { POST as dispositionRoute } from "@/app/api/v1/erasure-requests/[id]/dispositions/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/erasure-requests/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";
import { registerVersion } from "@/lib/server/versions/register-version";
import {
  createDataset,
  createEdge,
  createModel,
  createOwner,
  createVersion,
  useDataset as addUsage,
} from "@/tests/support/lineage-factories";

type Affected = {
  versionId: string;
  via: string;
  stage: string;
  disposition: string | null;
  team: { id: string };
  owner: { id: string };
};

let officer: Awaited<ReturnType<typeof createUserWithToken>>;
let scientist: Awaited<ReturnType<typeof createUserWithToken>>;
const ahead = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

/**
 * trained (TRAIN on the dataset) -> child -> grandchild -> great-grandchild (three generations of
 * descendants); merged has two parents: the child and an unrelated version; validated used the dataset
 * for VALIDATION; evaluated only for EVAL (not affected); unrelated stays out.
 */
async function lineage() {
  const owner = await createOwner();
  const { versions } = await createDataset(owner);
  const datasetVersion = versions[0]!;
  const trained = await createVersion(owner, { stage: "PRODUCTION" });
  const child = await createVersion(owner, { stage: "STAGING" });
  const grandchild = await createVersion(owner);
  const greatGrandchild = await createVersion(owner);
  const unrelated = await createVersion(owner);
  const merged = await createVersion(owner, { kind: "MERGED" });
  const validated = await createVersion(owner);
  const evaluated = await createVersion(owner);
  await addUsage(trained, datasetVersion, "TRAIN");
  await addUsage(validated, datasetVersion, "VALIDATION");
  await addUsage(evaluated, datasetVersion, "EVAL");
  await createEdge(trained, child);
  await createEdge(child, grandchild);
  await createEdge(grandchild, greatGrandchild);
  await createEdge(child, merged, "MERGED_FROM");
  await createEdge(unrelated, merged, "MERGED_FROM");
  return {
    owner,
    datasetVersion,
    trained,
    child,
    grandchild,
    greatGrandchild,
    unrelated,
    merged,
    validated,
    evaluated,
  };
}

const open = (body: unknown, token = officer.token) =>
  callRoute(createRoute, { url: "/api/v1/erasure-requests", method: "POST", token, body });
const dispose = (id: string, body: unknown) =>
  callRoute(dispositionRoute, {
    url: `/api/v1/erasure-requests/${id}/dispositions`,
    method: "POST",
    token: officer.token,
    params: { id },
    body,
  });
const counts = async () => ({
  requests: await db.erasureRequest.count(),
  affected: await db.erasureAffectedVersion.count(),
  events: await db.auditEvent.count(),
  promotions: await db.promotionRequest.count(),
});

beforeAll(async () => {
  officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
  scientist = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
});

describe("erasure requests", () => {
  it("list the versions trained or validated on the dataset version as direct, and every descendant through a merge", async () => {
    const tree = await lineage();
    const response = await open({
      datasetVersionId: tree.datasetVersion.id,
      subjectReference: "customer C-1",
      dueAt: ahead(),
    });
    expect(response.status).toBe(201);
    const { erasureRequest } = response.body;
    expect(erasureRequest.status).toBe("OPEN");
    const via = Object.fromEntries(
      (erasureRequest.affected as Affected[]).map((item) => [item.versionId, item.via]),
    );
    expect(via).toEqual({
      [tree.trained.id]: "direct",
      [tree.validated.id]: "direct",
      [tree.child.id]: "descendant",
      [tree.grandchild.id]: "descendant",
      [tree.greatGrandchild.id]: "descendant",
      [tree.merged.id]: "descendant",
    });
    const trained = (erasureRequest.affected as Affected[]).find(
      (item) => item.versionId === tree.trained.id,
    )!;
    expect(trained).toMatchObject({
      stage: "PRODUCTION",
      team: { id: tree.owner.team.id },
      owner: { id: tree.owner.user.id },
    });

    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: erasureRequest.id, action: "erasure_request.opened" },
      select: { changes: true, personal: { select: { changes: true } } },
    });
    // the data subject is personal data: kept beside the chain, not in the hashed event
    expect(JSON.stringify(event.changes)).not.toContain("customer C-1");
    expect(event.personal?.changes).toEqual({ subjectReference: "customer C-1" });
  });

  it("take in the versions registered later on the same data, directly or through an affected parent", async () => {
    const tree = await lineage();
    const opened = await open({
      datasetVersionId: tree.datasetVersion.id,
      subjectReference: "customer C-2",
      dueAt: ahead(),
    });
    const requestId = opened.body.erasureRequest.id as string;
    const model = await createModel(tree.owner, { kind: "FINE_TUNED" });
    const retrained = await registerVersion(tree.owner.principal, model.slug, {
      parents: [{ versionId: tree.unrelated.id, relation: "FINETUNED_FROM" }],
      datasets: [{ datasetVersionId: tree.datasetVersion.id, role: "TRAIN" }],
    });
    const tuned = await registerVersion(tree.owner.principal, model.slug, {
      parents: [{ versionId: tree.trained.id, relation: "FINETUNED_FROM" }],
    });
    const elsewhere = await registerVersion(tree.owner.principal, model.slug, {
      parents: [{ versionId: tree.unrelated.id, relation: "FINETUNED_FROM" }],
    });

    const read = await callRoute(getRoute, {
      url: `/api/v1/erasure-requests/${requestId}`,
      token: officer.token,
      params: { id: requestId },
    });
    const via = Object.fromEntries(
      (read.body.erasureRequest.affected as Affected[]).map((item) => [item.versionId, item.via]),
    );
    expect(via).toMatchObject({ [retrained.id]: "direct", [tuned.id]: "descendant" });
    expect(via[elsewhere.id]).toBeUndefined();
    expect(Object.keys(via)).toHaveLength(8);
    const added = await db.auditEvent.findMany({
      where: { entityId: requestId, action: "erasure_request.version_added" },
      orderBy: { seq: "asc" },
      select: { changes: true },
    });
    expect(added.map((event) => event.changes)).toEqual([
      { versionId: retrained.id, via: "direct" },
      { versionId: tuned.id, via: "descendant" },
    ]);
  });

  it("close only when every affected version has a disposition; RETIRE opens an ARCHIVED promotion request", async () => {
    const tree = await lineage();
    const { body } = await open({
      datasetVersionId: tree.datasetVersion.id,
      subjectReference: "s-2",
      dueAt: ahead(),
    });
    const id: string = body.erasureRequest.id;
    const affected = body.erasureRequest.affected as Affected[];

    const retired = await dispose(id, { versionId: tree.trained.id, disposition: "RETIRE" });
    expect(retired.status).toBe(200);
    expect(retired.body.erasureRequest.status).toBe("IN_PROGRESS");
    const row = (retired.body.erasureRequest.affected as (Affected & { promotionRequestId: string })[]).find(
      (item) => item.versionId === tree.trained.id,
    )!;
    expect(row.disposition).toBe("RETIRE");
    const archive = await db.promotionRequest.findUniqueOrThrow({
      where: { id: row.promotionRequestId },
      select: { toStage: true, fromStage: true, status: true, versionId: true, requestedById: true },
    });
    expect(archive).toEqual({
      toStage: "ARCHIVED",
      fromStage: "PRODUCTION",
      status: "PENDING",
      versionId: tree.trained.id,
      requestedById: officer.user.id,
    });

    const rest = affected.filter((item) => item.versionId !== tree.trained.id);
    for (const [index, item] of rest.entries()) {
      const response = await dispose(id, {
        versionId: item.versionId,
        disposition: index % 2 ? "RETRAIN" : "NO_ACTION",
        ...(index % 2 ? {} : { reason: "Only evaluated on a pseudonymised copy" }),
      });
      expect(response.status).toBe(200);
      expect(response.body.erasureRequest.status).toBe(
        index === rest.length - 1 ? "COMPLETED" : "IN_PROGRESS",
      );
    }
    const closed = await callRoute(getRoute, {
      url: `/api/v1/erasure-requests/${id}`,
      token: officer.token,
      params: { id },
    });
    expect(closed.body.erasureRequest.closedAt).not.toBeNull();
    const actions = await db.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { seq: "asc" },
      select: { action: true },
    });
    expect(actions.map((event) => event.action)).toEqual([
      "erasure_request.opened",
      ...affected.map(() => "erasure_request.disposition_set"),
      "erasure_request.completed",
    ]);
    // a closed request takes no more dispositions
    expect((await dispose(id, { versionId: tree.trained.id, disposition: "RETRAIN" })).status).toBe(409);
  });

  it("refuse bad input with field messages and store nothing", async () => {
    const tree = await lineage();
    const before = await counts();
    const past = await open({
      datasetVersionId: tree.datasetVersion.id,
      subjectReference: "s",
      dueAt: "2020-01-01",
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields.dueAt).toBeTruthy();
    const unknown = await open({
      datasetVersionId: "no-such-version",
      subjectReference: "s",
      dueAt: ahead(),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.datasetVersionId).toBeTruthy();
    const blank = await open({
      datasetVersionId: tree.datasetVersion.id,
      subjectReference: " ",
      dueAt: ahead(),
    });
    expect(blank.body.error.fields.subjectReference).toBeTruthy();
    expect(
      (
        await open(
          { datasetVersionId: tree.datasetVersion.id, subjectReference: "s", dueAt: ahead() },
          scientist.token,
        )
      ).status,
    ).toBe(403);
    expect(await counts()).toEqual(before);

    const { body } = await open({
      datasetVersionId: tree.datasetVersion.id,
      subjectReference: "s-3",
      dueAt: ahead(),
    });
    const id: string = body.erasureRequest.id;
    const opened = await counts();
    const notAffected = await dispose(id, { versionId: tree.unrelated.id, disposition: "RETRAIN" });
    expect(notAffected.status).toBe(400);
    expect(notAffected.body.error.fields.versionId).toBeTruthy();
    const noReason = await dispose(id, { versionId: tree.child.id, disposition: "NO_ACTION" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.reason).toBeTruthy();
    const badDisposition = await dispose(id, { versionId: tree.child.id, disposition: "DELETE" });
    expect(badDisposition.body.error.fields.disposition).toBeTruthy();
    expect(
      (await dispose("no-such-request", { versionId: tree.child.id, disposition: "RETRAIN" })).status,
    ).toBe(404);
    expect(await counts()).toEqual(opened);
  });

  it("list requests with their undecided counts, for officers only", async () => {
    const list = await callRoute(listRoute, {
      url: "/api/v1/erasure-requests?limit=2",
      token: officer.token,
    });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBe(2);
    expect(list.body.items[0]).toHaveProperty("undecidedCount");
    expect(
      (await callRoute(listRoute, { url: "/api/v1/erasure-requests", token: scientist.token })).status,
    ).toBe(403);
  });
});
