import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/versions/[id]/parents/route";
import { AppError } from "@/lib/errors";
import { wouldCreateCycle, type EdgeLike } from "@/lib/lineage/graph";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUser, createUserWithToken } from "@/tests/support/factories";
import { createChain, createEdge, createOwner, createVersion } from "@/tests/support/lineage-factories";
import { addLineageEdge } from "./add-lineage-edge";
import { getLineage } from "./get-lineage";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : Promise.reject(error)),
  );

describe("POST /api/v1/versions/{id}/parents", () => {
  const post = (id: string, body: unknown, token?: string) =>
    callRoute(POST, { url: `/api/v1/versions/${id}/parents`, method: "POST", token, body, params: { id } });

  it("adds the edge (201), visible in the lineage, and audits it in the same transaction", async () => {
    const owner = await createOwner();
    const parent = await createVersion(owner);
    const child = await createVersion(owner);
    const { token, user } = await createUserWithToken({
      roles: ["DATA_SCIENTIST"],
      teamIds: [owner.team.id],
    });
    const response = await post(child.id, { parentId: parent.id, relation: "DISTILLED_FROM" }, token);
    expect(response.status).toBe(201);
    expect(response.body.edge).toMatchObject({
      parentId: parent.id,
      childId: child.id,
      relation: "DISTILLED_FROM",
    });
    expect((await getLineage(child.id, { direction: "up" })).edges).toEqual([
      { from: parent.id, to: child.id, relation: "DISTILLED_FROM" },
    ]);
    const event = await db.auditEvent.findFirst({
      where: { action: "lineage_edge.added", entityId: response.body.edge.id },
    });
    expect(event).toMatchObject({
      entityType: "lineage_edge",
      actorId: user.id,
      changes: { parentId: parent.id, childId: child.id, relation: "DISTILLED_FROM" },
    });
  });

  it("answers 401 without a token, 403 for leadership, 400 for a bad body, 404 for unknown versions", async () => {
    const owner = await createOwner();
    const [a, b] = await createChain(owner, 2);
    expect((await post(b!.id, { parentId: a!.id, relation: "FINETUNED_FROM" })).status).toBe(401);
    const leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    expect((await post(a!.id, { parentId: b!.id, relation: "FINETUNED_FROM" }, leader.token)).status).toBe(
      403,
    );
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [owner.team.id] });
    const bad = await post(a!.id, { relation: "COPIED_FROM" }, token);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["parentId", "relation"]);
    expect((await post("nope", { parentId: a!.id, relation: "FINETUNED_FROM" }, token)).status).toBe(404);
    expect((await post(a!.id, { parentId: "nope", relation: "FINETUNED_FROM" }, token)).status).toBe(404);
  });

  it("answers 403 to a data scientist of another team, and lets an admin through", async () => {
    const owner = await createOwner();
    const parent = await createVersion(owner);
    const child = await createVersion(owner);
    const outsider = await createUserWithToken({
      roles: ["DATA_SCIENTIST"],
      teamIds: [(await createTeam()).id],
    });
    const refused = await post(child.id, { parentId: parent.id, relation: "FINETUNED_FROM" }, outsider.token);
    expect(refused.status).toBe(403);
    expect(await db.lineageEdge.count({ where: { childId: child.id } })).toBe(0);
    const admin = await createUserWithToken({ roles: ["ADMIN"] });
    expect(
      (await post(child.id, { parentId: parent.id, relation: "FINETUNED_FROM" }, admin.token)).status,
    ).toBe(201);
  });

  it("answers 409 for a self-edge, a duplicate, a second adapter base, and cycles short and long", async () => {
    const owner = await createOwner();
    const chain = await createChain(owner, 5);
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [owner.team.id] });
    const auditBefore = await db.auditEvent.count({ where: { action: "lineage_edge.added" } });
    const tryEdge = async (parent: { id: string }, child: { id: string }, relation = "FINETUNED_FROM") =>
      (await post(child.id, { parentId: parent.id, relation }, token)).status;
    expect(await tryEdge(chain[0]!, chain[0]!)).toBe(409);
    expect(await tryEdge(chain[0]!, chain[1]!)).toBe(409);
    expect(await tryEdge(chain[1]!, chain[0]!)).toBe(409);
    expect(await tryEdge(chain[4]!, chain[0]!)).toBe(409);
    expect(await tryEdge(chain[0]!, chain[4]!)).toBe(201);
    const adapter = await createVersion(owner, { kind: "ADAPTER" });
    await createEdge(chain[0]!, adapter, "ADAPTER_OF");
    expect(await tryEdge(chain[1]!, adapter, "ADAPTER_OF")).toBe(409);
    expect(await tryEdge(chain[1]!, adapter, "MERGED_FROM")).toBe(201);
    // Only the two additions that succeeded left an audit event.
    expect(await db.auditEvent.count({ where: { action: "lineage_edge.added" } })).toBe(auditBefore + 2);
  });
});

describe("addLineageEdge", () => {
  it("agrees with the in-memory cycle rule on random additions", async () => {
    const owner = await createOwner();
    const versions = await Promise.all(Array.from({ length: 8 }, () => createVersion(owner)));
    const edges: EdgeLike[] = [];
    let refused = 0;
    // A fixed sequence (a linear congruential generator), so a failure replays the same way.
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      // The low bits of a power-of-two LCG repeat quickly; the high ones do not.
      return Math.floor(seed / 2 ** 16) % versions.length;
    };
    for (let i = 0; i < 40; i++) {
      const parent = versions[next()]!;
      const child = versions[next()]!;
      const duplicate = edges.some((e) => e.from === parent.id && e.to === child.id);
      const expected = duplicate || wouldCreateCycle(edges, parent.id, child.id) ? "conflict" : "ok";
      expect(
        await codeOf(
          addLineageEdge(owner.principal, child.id, { parentId: parent.id, relation: "FINETUNED_FROM" }),
        ),
        `${i}`,
      ).toBe(expected);
      if (expected === "ok") edges.push({ from: parent.id, to: child.id });
      else refused++;
    }
    expect(edges.length).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(5);
  });

  it("lets exactly one of two concurrent additions through when together they would close a cycle", async () => {
    const owner = await createOwner();
    for (let round = 0; round < 4; round++) {
      // a -> b and c -> d exist; b -> c and d -> a are each fine alone, a cycle together.
      const [a, b] = await createChain(owner, 2);
      const [c, d] = await createChain(owner, 2);
      const results = await Promise.all([
        codeOf(addLineageEdge(owner.principal, c!.id, { parentId: b!.id, relation: "FINETUNED_FROM" })),
        codeOf(addLineageEdge(owner.principal, a!.id, { parentId: d!.id, relation: "FINETUNED_FROM" })),
      ]);
      expect(results.sort(), `round ${round}`).toEqual(["conflict", "ok"]);
    }
  });

  it("refuses a principal whose role may not write versions", async () => {
    const owner = await createOwner();
    const [a, b] = await createChain(owner, 2);
    const { principal } = await createUser({ roles: ["COMPLIANCE_OFFICER"] });
    expect(
      await codeOf(addLineageEdge(principal, a!.id, { parentId: b!.id, relation: "FINETUNED_FROM" })),
    ).toBe("forbidden");
  });
});
