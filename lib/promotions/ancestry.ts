/**
 * A version's ancestors as a reviewer reads them: nearest first, each parent followed by its own
 * ancestors (an indented tree). The parent and base that metrics are compared with are the first-parent
 * chain's (lib/server/metrics/read-evaluation-comparison.ts), the same on every screen.
 */
import type { LineageEdge, LineageNodesAndEdges, LineageNode } from "@/lib/schemas/lineage";

export type Ancestor = LineageNode & { relation: LineageEdge["relation"]; depth: number };

/** A reviewer reads a few generations; a lineage of hundreds is the graph's job, not this list's. */
export const MAX_ANCESTORS_LISTED = 100;

export const versionLabel = (node: Pick<LineageNode, "model" | "version">) =>
  `${node.model.name} v${node.version}`;

/**
 * Depth-first from the version upwards, parents in name order; an ancestor reached twice (through a
 * merge) is listed at its first place only.
 */
export function ancestryOf(graph: LineageNodesAndEdges, versionId: string) {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const parentsOf = new Map<string, LineageEdge[]>();
  for (const edge of graph.edges) parentsOf.set(edge.to, [...(parentsOf.get(edge.to) ?? []), edge]);
  const ancestors: Ancestor[] = [];
  const seen = new Set([versionId]);
  const visit = (childId: string, depth: number) => {
    const edges = (parentsOf.get(childId) ?? [])
      .map((edge) => ({ edge, node: nodes.get(edge.from) }))
      .filter((entry): entry is { edge: LineageEdge; node: LineageNode } => !!entry.node)
      .sort((a, b) => versionLabel(a.node).localeCompare(versionLabel(b.node)));
    for (const { edge, node } of edges) {
      if (seen.has(node.id) || ancestors.length >= MAX_ANCESTORS_LISTED) continue;
      seen.add(node.id);
      ancestors.push({ ...node, relation: edge.relation, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(versionId, 1);
  return ancestors;
}
