import { describe, expect, it } from "vitest";
import type { LineageNodesAndEdges } from "@/lib/schemas/lineage";
import { ancestryOf } from "./ancestry";

const node = (id: string, kind: LineageNodesAndEdges["nodes"][number]["kind"], name = id) => ({
  id,
  model: { id: `m-${id}`, slug: id, name },
  version: 1,
  kind,
  stage: "PRODUCTION" as const,
});

describe("ancestryOf", () => {
  it("lists ancestors depth first, nearest first, an ancestor reached twice once", () => {
    // merged <- (tuned-a <- base, tuned-b <- base)
    const graph: LineageNodesAndEdges = {
      nodes: [
        node("merged", "MERGED"),
        node("tuned-b", "FINE_TUNED"),
        node("tuned-a", "FINE_TUNED"),
        node("base", "BASE"),
      ],
      edges: [
        { from: "tuned-b", to: "merged", relation: "MERGED_FROM" },
        { from: "tuned-a", to: "merged", relation: "MERGED_FROM" },
        { from: "base", to: "tuned-a", relation: "FINETUNED_FROM" },
        { from: "base", to: "tuned-b", relation: "FINETUNED_FROM" },
      ],
    };
    const ancestors = ancestryOf(graph, "merged");
    expect(ancestors.map((a) => [a.id, a.depth, a.relation])).toEqual([
      ["tuned-a", 1, "MERGED_FROM"],
      ["base", 2, "FINETUNED_FROM"],
      ["tuned-b", 1, "MERGED_FROM"],
    ]);
  });

  it("has no ancestors for a root", () => {
    const graph: LineageNodesAndEdges = {
      nodes: [node("adapter", "ADAPTER"), node("tuned", "FINE_TUNED")],
      edges: [{ from: "tuned", to: "adapter", relation: "ADAPTER_OF" }],
    };
    expect(ancestryOf(graph, "adapter").map((a) => a.id)).toEqual(["tuned"]);
    expect(ancestryOf(graph, "tuned")).toEqual([]);
  });
});
