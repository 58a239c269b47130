import dagre from "@dagrejs/dagre";
import type { EdgeLike } from "./graph";

export type LayoutOptions = { nodeWidth: number; nodeHeight: number; rankGap?: number; nodeGap?: number };
export type Positioned = { id: string; x: number; y: number };

/**
 * Top-to-bottom layered layout: every parent sits on a row above its children. Returns the top-left
 * corner of each node (what React Flow positions by), in input order. Pure, so it is unit-tested.
 */
export function layoutLineage(
  nodeIds: readonly string[],
  edges: readonly EdgeLike[],
  options: LayoutOptions,
): Positioned[] {
  const graph = new dagre.graphlib.Graph({ multigraph: false });
  graph.setGraph({
    rankdir: "TB",
    ranksep: options.rankGap ?? 70,
    nodesep: options.nodeGap ?? 30,
    marginx: 0,
    marginy: 0,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  const known = new Set(nodeIds);
  for (const id of nodeIds) graph.setNode(id, { width: options.nodeWidth, height: options.nodeHeight });
  for (const { from, to } of edges) {
    // An edge to a node that is not drawn (a capped graph) would make dagre invent a bare node.
    if (known.has(from) && known.has(to) && from !== to) graph.setEdge(from, to);
  }
  dagre.layout(graph);
  return nodeIds.map((id) => {
    const { x = 0, y = 0 } = graph.node(id);
    return { id, x: x - options.nodeWidth / 2, y: y - options.nodeHeight / 2 };
  });
}
