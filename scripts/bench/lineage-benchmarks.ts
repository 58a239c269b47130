/**
 * Lineage and dataset-impact rows: each endpoint over HTTP (what a client sees) beside the service
 * call in this process (the query plus JSON handling, no HTTP and no auth), on the scale data.
 */
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { getDatasetImpact, impactSql } from "@/lib/server/datasets/get-dataset-impact";
import { getLineage, lineageSql } from "@/lib/server/lineage/get-lineage";
import { DEFAULT_LINEAGE_PAGE } from "@/lib/schemas/lineage";
import type { BenchTable } from "./harness";
import type { ScaleFixture } from "./seed-scale";

type Get = (pathAndQuery: string) => Promise<string>;

const count = (n: number) => n.toLocaleString("en");

export async function benchLineage(table: BenchTable, get: Get, f: ScaleFixture) {
  const lineageCases: [string, string, { direction: "up" | "down" | "both"; depth?: number }][] = [
    ["lineage up, all depths: tree leaf (level 20)", f.treeLeafId, { direction: "up" }],
    ["lineage down, all depths: tree root", f.treeRootId, { direction: "down" }],
    ["lineage both, all depths: tree level 10", f.treeMidId, { direction: "both" }],
    ["lineage both, depth 2: tree level 10", f.treeMidId, { direction: "both", depth: 2 }],
    ["lineage up, all depths: DAG leaf (3-4 parents each)", f.dagLeafId, { direction: "up" }],
  ];
  for (const [name, id, query] of lineageCases) {
    const graph = await getLineage(id, query);
    // A lineage past one page (500 versions) answers its first page, nearest generations first.
    const size = `${count(graph.nodes.length)} nodes, ${count(graph.edges.length)} edges`;
    const note = graph.truncated ? `first page: ${size}, more follow` : size;
    const search = new URLSearchParams({
      direction: query.direction,
      ...(query.depth ? { depth: String(query.depth) } : {}),
    });
    await table.measure(name, "HTTP", () => get(`/versions/${id}/lineage?${search}`), { note });
    await table.measure(name, "service", () => getLineage(id, query));
  }

  const impactCases: [string, { datasetVersionId?: string }][] = [
    ["dataset impact: bench-impact (5 versions)", {}],
    ["dataset impact: one version of it", { datasetVersionId: f.impactDatasetVersionId }],
  ];
  for (const [name, query] of impactCases) {
    const impact = await getDatasetImpact(f.impactDatasetId, query);
    const direct = impact.items.filter((i) => i.via === "direct").length;
    const note = `${count(impact.items.length)} versions (${direct} direct)`;
    const search = query.datasetVersionId ? `?datasetVersionId=${query.datasetVersionId}` : "";
    await table.measure(name, "HTTP", () => get(`/datasets/${f.impactDatasetId}/impact${search}`), { note });
    await table.measure(name, "service", () => getDatasetImpact(f.impactDatasetId, query));
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the exact statements the endpoints run, to see which indexes they use. */
export async function explainLineage(f: ScaleFixture) {
  const firstPage = { from: 0, limit: DEFAULT_LINEAGE_PAGE };
  const plans: [string, Prisma.Sql][] = [
    ["lineage down, tree root (first page)", lineageSql(f.treeRootId, "down", null, firstPage)],
    ["lineage both, tree level 10", lineageSql(f.treeMidId, "both", null, firstPage)],
    ["lineage up, DAG leaf (first page)", lineageSql(f.dagLeafId, "up", null, firstPage)],
    ["dataset impact", impactSql(f.impactDatasetId, null)],
  ];
  for (const [name, sql] of plans) {
    const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
    );
    console.log(`\n--- EXPLAIN ANALYZE: ${name}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
  }
}
