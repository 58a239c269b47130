import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/versions/[id]/lineage/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";
import {
  createChain,
  createEdge,
  createModel,
  createOwner,
  createVersion,
} from "@/tests/support/lineage-factories";
import { getLineage } from "./get-lineage";

type Graph = Awaited<ReturnType<typeof getLineage>>;
const ids = (graph: Graph) => graph.nodes.map((n) => n.id).sort();
const edgeKeys = (graph: Graph) => graph.edges.map((e) => `${e.from}>${e.to}:${e.relation}`).sort();

describe("getLineage", () => {
  // base -> ftA, base -> ftB (diamond), ftA + ftB -> merged (two parents), merged -> quant; base -> sibling
  let v: Record<"base" | "ftA" | "ftB" | "merged" | "quant" | "sibling", { id: string }>;
  beforeAll(async () => {
    const owner = await createOwner();
    const baseModel = await createModel(owner, { kind: "BASE", name: "Base" });
    const base = await createVersion(owner, { model: baseModel, stage: "PRODUCTION" });
    const ftA = await createVersion(owner, { kind: "FINE_TUNED" });
    const ftB = await createVersion(owner, { kind: "ADAPTER" });
    const merged = await createVersion(owner, { kind: "MERGED", stage: "STAGING" });
    const quant = await createVersion(owner, { kind: "QUANTIZED" });
    const sibling = await createVersion(owner);
    await createEdge(base, ftA);
    await createEdge(base, ftB, "ADAPTER_OF");
    await createEdge(ftA, merged, "MERGED_FROM");
    await createEdge(ftB, merged, "MERGED_FROM");
    await createEdge(merged, quant, "QUANTIZED_FROM");
    await createEdge(base, sibling);
    v = { base, ftA, ftB, merged, quant, sibling };
  });

  it("returns the ancestors of a merge once each, with every edge on the way", async () => {
    const graph = await getLineage(v.quant.id, { direction: "up" });
    expect(ids(graph)).toEqual([v.base.id, v.ftA.id, v.ftB.id, v.merged.id, v.quant.id].sort());
    expect(edgeKeys(graph)).toEqual(
      [
        `${v.base.id}>${v.ftA.id}:FINETUNED_FROM`,
        `${v.base.id}>${v.ftB.id}:ADAPTER_OF`,
        `${v.ftA.id}>${v.merged.id}:MERGED_FROM`,
        `${v.ftB.id}>${v.merged.id}:MERGED_FROM`,
        `${v.merged.id}>${v.quant.id}:QUANTIZED_FROM`,
      ].sort(),
    );
  });

  it("describes each node with its model, number, kind and stage", async () => {
    const graph = await getLineage(v.merged.id, { direction: "up", depth: 2 });
    const base = graph.nodes.find((n) => n.id === v.base.id);
    expect(base).toMatchObject({ model: { name: "Base" }, version: 1, kind: "BASE", stage: "PRODUCTION" });
    expect(Object.keys(base!.model).sort()).toEqual(["id", "name", "slug"]);
    expect(graph.nodes.find((n) => n.id === v.merged.id)).toMatchObject({ kind: "MERGED", stage: "STAGING" });
  });

  it("returns the descendants of a diamond root without duplicates", async () => {
    const graph = await getLineage(v.base.id, { direction: "down" });
    expect(ids(graph)).toEqual([v.base.id, v.ftA.id, v.ftB.id, v.merged.id, v.quant.id, v.sibling.id].sort());
    expect(graph.edges).toHaveLength(6);
  });

  it("combines both directions without siblings or cousins", async () => {
    const graph = await getLineage(v.ftA.id, { direction: "both" });
    expect(ids(graph)).toEqual([v.base.id, v.ftA.id, v.merged.id, v.quant.id].sort());
    // ftB is not in the lineage of ftA, so its edge to the merge is not either.
    expect(graph.edges.map((e) => e.from)).not.toContain(v.ftB.id);
    expect(await getLineage(v.ftA.id)).toEqual(graph);
  });

  it("stops at the depth asked for, in each direction", async () => {
    const owner = await createOwner();
    const chain = await createChain(owner, 7);
    const middle = chain[3]!;
    expect(ids(await getLineage(middle.id, { direction: "up", depth: 1 }))).toEqual(
      [chain[2]!.id, middle.id].sort(),
    );
    expect(ids(await getLineage(middle.id, { direction: "down", depth: 2 }))).toEqual(
      [middle.id, chain[4]!.id, chain[5]!.id].sort(),
    );
    const both = await getLineage(middle.id, { direction: "both", depth: 2 });
    expect(ids(both)).toEqual(
      chain
        .slice(1, 6)
        .map((c) => c.id)
        .sort(),
    );
    expect(both.edges).toHaveLength(4);
    expect(ids(await getLineage(middle.id, { direction: "both", depth: 100 }))).toHaveLength(7);
  });

  it("counts depth as the shortest distance through a merge", async () => {
    // quant is 2 steps above base through either branch; depth 2 reaches merged and both fine-tunes only.
    const graph = await getLineage(v.quant.id, { direction: "up", depth: 2 });
    expect(ids(graph)).toEqual([v.ftA.id, v.ftB.id, v.merged.id, v.quant.id].sort());
  });

  it("returns the version alone when it has no lineage", async () => {
    const lonely = await createVersion(await createOwner());
    const graph = await getLineage(lonely.id);
    expect(graph.nodes.map((n) => n.id)).toEqual([lonely.id]);
    expect(graph.edges).toEqual([]);
  });

  it("pages a lineage: each version and edge once, nearest generations first, the whole of it in the end", async () => {
    const whole = await getLineage(v.base.id, { direction: "both" });
    expect(whole.truncated).toBe(false);
    expect(whole.nextCursor).toBeNull();
    for (const direction of ["down", "both"] as const) {
      const pages: Graph[] = [];
      let cursor: string | undefined;
      do {
        const page = await getLineage(v.base.id, { direction, limit: 2, cursor });
        expect(page.nodes.length).toBeLessThanOrEqual(2);
        expect(page.truncated).toBe(page.nextCursor !== null);
        pages.push(page);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(pages.length).toBeGreaterThan(2);
      // the version itself and its children come before the grandchildren
      expect(pages[0]!.nodes.map((n) => n.id)).toContain(v.base.id);
      expect(pages.at(-1)!.nodes.map((n) => n.id)).not.toContain(v.ftA.id);
      const all: Graph = {
        nodes: pages.flatMap((p) => p.nodes),
        edges: pages.flatMap((p) => p.edges),
        truncated: false,
        nextCursor: null,
      };
      expect(all.nodes.map((n) => n.id)).toHaveLength(new Set(ids(all)).size);
      expect(ids(all)).toEqual(ids(whole));
      expect(edgeKeys(all)).toEqual(edgeKeys(whole));
    }
  });

  it("refuses a cursor it did not make with a 400 on the field", async () => {
    for (const cursor of ["nonsense", Buffer.from('{"step":-1}').toString("base64url")]) {
      await expect(getLineage(v.base.id, { cursor })).rejects.toMatchObject({
        status: 400,
        fields: { cursor: "Not a cursor this API returned" },
      });
    }
  });

  it("terminates on a cycle written behind the service's back", async () => {
    const owner = await createOwner();
    const [a, b, c] = await createChain(owner, 3);
    await db.lineageEdge.create({ data: { parentId: c!.id, childId: a!.id, relation: "DISTILLED_FROM" } });
    expect(ids(await getLineage(a!.id, { direction: "both" }))).toEqual([a!.id, b!.id, c!.id].sort());
    expect(ids(await getLineage(b!.id, { direction: "up", depth: 100 }))).toHaveLength(3);
  });
});

describe("GET /api/v1/versions/{id}/lineage", () => {
  const call = (id: string, query: string, token?: string) =>
    callRoute(GET, { url: `/api/v1/versions/${id}/lineage${query}`, token, params: { id } });

  it("answers the documented lineage graph for any role", async () => {
    const owner = await createOwner();
    const [root, leaf] = await createChain(owner, 2);
    const { token } = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const response = await call(leaf!.id, "?direction=up", token);
    expect(response.status).toBe(200);
    expect(response.body.edges).toEqual([{ from: root!.id, to: leaf!.id, relation: "FINETUNED_FROM" }]);
    expect(response.body.nodes).toHaveLength(2);
  });

  it("answers 401 without a token", async () => {
    expect((await call("whatever", "")).status).toBe(401);
  });

  it("answers 400 for a bad direction or depth, with a message per field", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const version = await createVersion(await createOwner());
    const bad = await call(version.id, "?direction=sideways&depth=0", token);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["depth", "direction"]);
    for (const depth of ["101", "1.5", "abc", "-1"])
      expect((await call(version.id, `?depth=${depth}`, token)).status, depth).toBe(400);
    expect((await call(version.id, "?direction=&depth=", token)).status).toBe(200);
  });

  it("answers 404 for an unknown version, after checking the query", async () => {
    const { token } = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
    const response = await call("no-such-version", "?direction=down", token);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
    expect((await call("no-such-version", "?direction=nope", token)).status).toBe(400);
  });
});
