import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/datasets/[id]/impact/route";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";
import {
  createChain,
  createDataset,
  createEdge,
  createOwner,
  createVersion,
  useDataset,
} from "@/tests/support/lineage-factories";
import { getDatasetImpact } from "./get-dataset-impact";

type Impact = Awaited<ReturnType<typeof getDatasetImpact>>;
const viaById = (impact: Impact) =>
  Object.fromEntries(impact.items.map((item) => [item.versionId, item.via]));

describe("getDatasetImpact", () => {
  // dataset d (versions d1, d2). base trained on d1; ft <- base; merged <- ft + other (other trained on d2,
  // and also a descendant of base: direct wins); evalOnly only evaluated on d1; unrelated uses another dataset.
  let d: Awaited<ReturnType<typeof createDataset>>;
  let v: Record<"base" | "ft" | "other" | "merged" | "evalOnly" | "evalChild" | "unrelated", { id: string }>;
  let otherDataset: Awaited<ReturnType<typeof createDataset>>;
  beforeAll(async () => {
    const owner = await createOwner();
    d = await createDataset(owner, 2);
    otherDataset = await createDataset(owner);
    const [base, ft] = await createChain(owner, 2);
    const other = await createVersion(owner);
    const merged = await createVersion(owner, { kind: "MERGED" });
    const evalOnly = await createVersion(owner);
    const evalChild = await createVersion(owner);
    const unrelated = await createVersion(owner);
    await createEdge(ft!, merged, "MERGED_FROM");
    await createEdge(other, merged, "MERGED_FROM");
    await createEdge(base!, other);
    await createEdge(evalOnly, evalChild);
    await useDataset(base!, d.versions[0]!, "TRAIN");
    await useDataset(base!, d.versions[0]!, "VALIDATION");
    await useDataset(other, d.versions[1]!, "VALIDATION");
    await useDataset(evalOnly, d.versions[0]!, "EVAL");
    await useDataset(unrelated, otherDataset.versions[0]!, "TRAIN");
    v = { base: base!, ft: ft!, other, merged, evalOnly, evalChild, unrelated };
  });

  it("lists direct users and their descendants once each, direct first", async () => {
    const impact = await getDatasetImpact(d.dataset.id);
    expect(viaById(impact)).toEqual({
      [v.base.id]: "direct",
      [v.other.id]: "direct",
      [v.ft.id]: "ancestor",
      [v.merged.id]: "ancestor",
    });
    expect(impact.items).toHaveLength(4);
    expect(impact.items.slice(0, 2).every((item) => item.via === "direct")).toBe(true);
    expect(impact.items.find((item) => item.versionId === v.base.id)).toMatchObject({
      version: 1,
      stage: "DEVELOPMENT",
      model: { id: expect.any(String), slug: expect.any(String), name: expect.any(String) },
    });
  });

  it("narrows to one dataset version", async () => {
    expect(viaById(await getDatasetImpact(d.dataset.id, { datasetVersionId: d.versions[1]!.id }))).toEqual({
      [v.other.id]: "direct",
      [v.merged.id]: "ancestor",
    });
    // other descends from base, so through d1 it is an ancestor case.
    expect(viaById(await getDatasetImpact(d.dataset.id, { datasetVersionId: d.versions[0]!.id }))).toEqual({
      [v.base.id]: "direct",
      [v.ft.id]: "ancestor",
      [v.other.id]: "ancestor",
      [v.merged.id]: "ancestor",
    });
  });

  it("is empty for a dataset nobody trained on", async () => {
    const unused = await createDataset(await createOwner());
    expect(await getDatasetImpact(unused.dataset.id)).toEqual({ items: [] });
  });
});

describe("GET /api/v1/datasets/{id}/impact", () => {
  const call = (id: string, query: string, token?: string) =>
    callRoute(GET, { url: `/api/v1/datasets/${id}/impact${query}`, token, params: { id } });

  it("answers the items for any role", async () => {
    const owner = await createOwner();
    const { dataset, versions } = await createDataset(owner);
    const [root, child] = await createChain(owner, 2);
    await useDataset(root!, versions[0]!);
    const { token } = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
    const response = await call(dataset.id, `?datasetVersionId=${versions[0]!.id}`, token);
    expect(response.status).toBe(200);
    expect(response.body.items.map((i: { versionId: string; via: string }) => [i.versionId, i.via])).toEqual([
      [root!.id, "direct"],
      [child!.id, "ancestor"],
    ]);
  });

  it("answers 401 without a token and 404 for an unknown dataset", async () => {
    expect((await call("x", "")).status).toBe(401);
    const { token } = await createUserWithToken({ roles: ["LEADERSHIP"] });
    expect((await call("no-such-dataset", "", token)).status).toBe(404);
  });

  it("answers 400 when the dataset version belongs to another dataset, or to none", async () => {
    const owner = await createOwner();
    const mine = await createDataset(owner);
    const theirs = await createDataset(owner);
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    for (const id of [theirs.versions[0]!.id, "no-such-version"]) {
      const response = await call(mine.dataset.id, `?datasetVersionId=${id}`, token);
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual({ datasetVersionId: "Not a version of this dataset" });
    }
  });
});
