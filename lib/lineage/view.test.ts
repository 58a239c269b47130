import { describe, expect, it } from "vitest";
import type { LineageNodesAndEdges, LineageNode } from "@/lib/schemas/lineage";
import { buildLineageView } from "./view";

const node = (id: string): LineageNode => ({
  id,
  model: { id: `m-${id}`, slug: id, name: id },
  version: 1,
  kind: "FINE_TUNED",
  stage: "DEVELOPMENT",
});
const size = { nodeWidth: 200, nodeHeight: 64 };

describe("buildLineageView", () => {
  const graph: LineageNodesAndEdges = {
    nodes: ["leaf", "mid", "root"].map(node),
    edges: [
      { from: "root", to: "mid", relation: "FINETUNED_FROM" },
      { from: "mid", to: "leaf", relation: "QUANTIZED_FROM" },
    ],
  };

  it("orders nodes top to bottom, marks the focus and lists each node's parents", () => {
    const view = buildLineageView(graph, "mid", { ...size, maxNodes: 200 });
    expect(view.nodes.map((n) => n.id)).toEqual(["root", "mid", "leaf"]);
    expect(view.nodes.map((n) => n.isFocus)).toEqual([false, true, false]);
    expect(view.nodes[2]!.parents).toEqual([{ id: "mid", relation: "QUANTIZED_FROM" }]);
    expect(view).toMatchObject({ total: 3, hidden: 0 });
  });

  it("caps a large lineage around the focus and drops edges to hidden nodes", () => {
    const chain: LineageNodesAndEdges = {
      nodes: Array.from({ length: 300 }, (_, i) => node(`n${i}`)),
      edges: Array.from({ length: 299 }, (_, i) => ({
        from: `n${i}`,
        to: `n${i + 1}`,
        relation: "FINETUNED_FROM" as const,
      })),
    };
    const view = buildLineageView(chain, "n150", { ...size, maxNodes: 200 });
    expect(view.nodes).toHaveLength(200);
    expect(view).toMatchObject({ total: 300, hidden: 100 });
    expect(view.nodes.some((n) => n.id === "n150")).toBe(true);
    const shown = new Set(view.nodes.map((n) => n.id));
    expect(view.edges.every((e) => shown.has(e.from) && shown.has(e.to))).toBe(true);
    expect(view.edges).toHaveLength(199);
  });
});
