import type { LineageEdge, LineageNodesAndEdges, LineageNode } from "@/lib/schemas/lineage";
import { nearestNodeIds } from "./graph";
import { layoutLineage, type LayoutOptions } from "./layout";

export type LineageViewNode = LineageNode & {
  x: number;
  y: number;
  isFocus: boolean;
  parents: { id: string; relation: LineageEdge["relation"] }[];
};

export type LineageView = { nodes: LineageViewNode[]; edges: LineageEdge[]; total: number; hidden: number };

/**
 * What the lineage graph draws: at most `maxNodes` versions (those nearest the focus; a browser keeps
 * a few hundred nodes interactive, not thousands), laid out top to bottom, in reading order (row by
 * row, left to right) so the list beside the graph follows the picture.
 */
export function buildLineageView(
  graph: LineageNodesAndEdges,
  focusId: string,
  options: LayoutOptions & { maxNodes: number },
): LineageView {
  const keep = nearestNodeIds(
    graph.nodes.map((n) => n.id),
    graph.edges,
    focusId,
    options.maxNodes,
  );
  const nodes = graph.nodes.filter((n) => keep.has(n.id));
  const edges = graph.edges.filter((e) => keep.has(e.from) && keep.has(e.to));
  const positions = new Map(
    layoutLineage(
      nodes.map((n) => n.id),
      edges,
      options,
    ).map((p) => [p.id, p]),
  );
  const parents = new Map<string, LineageViewNode["parents"]>();
  for (const edge of edges)
    parents.set(edge.to, [...(parents.get(edge.to) ?? []), { id: edge.from, relation: edge.relation }]);
  const viewNodes = nodes
    .map((node) => {
      const { x, y } = positions.get(node.id)!;
      return { ...node, x, y, isFocus: node.id === focusId, parents: parents.get(node.id) ?? [] };
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
  return { nodes: viewNodes, edges, total: graph.nodes.length, hidden: graph.nodes.length - nodes.length };
}
