/**
 * Pure graph rules over lineage edges held in memory (`from` is the parent). The database answers the
 * same questions with recursive queries; these serve the UI and act as the oracle in tests.
 */
export type EdgeLike = { from: string; to: string };

export type Adjacency = { parents: Map<string, string[]>; children: Map<string, string[]> };

export function buildAdjacency(edges: readonly EdgeLike[]): Adjacency {
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const { from, to } of edges) {
    add(children, from, to);
    add(parents, to, from);
  }
  return { parents, children };
}

/** Every id reachable from `start` through `next` (start excluded), each once: safe on cyclic input. */
function reachable(start: string, next: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(next.get(start) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return seen;
}

export const ancestorsOf = (adjacency: Adjacency, id: string) => reachable(id, adjacency.parents);
export const descendantsOf = (adjacency: Adjacency, id: string) => reachable(id, adjacency.children);

/** Adding parent -> child closes a cycle when they are the same or the child is already an ancestor of the parent. */
export function wouldCreateCycle(edges: readonly EdgeLike[], parentId: string, childId: string): boolean {
  if (parentId === childId) return true;
  return ancestorsOf(buildAdjacency(edges), parentId).has(childId);
}

/**
 * The `limit` ids closest to `focusId` (breadth-first, edges walked both ways, ties in input order),
 * so a huge lineage can be drawn around the version the reader cares about.
 */
export function nearestNodeIds(
  nodeIds: readonly string[],
  edges: readonly EdgeLike[],
  focusId: string,
  limit: number,
): Set<string> {
  const known = new Set(nodeIds);
  if (known.size <= limit) return known;
  const { parents, children } = buildAdjacency(edges);
  const picked = new Set<string>();
  const queue = known.has(focusId) ? [focusId] : [];
  for (let i = 0; i < queue.length && picked.size < limit; i++) {
    const id = queue[i]!;
    if (picked.has(id)) continue;
    picked.add(id);
    for (const next of [...(parents.get(id) ?? []), ...(children.get(id) ?? [])]) {
      if (known.has(next) && !picked.has(next)) queue.push(next);
    }
  }
  // Nodes the focus cannot reach (none in a real lineage answer) fill what is left, in input order.
  for (const id of nodeIds) {
    if (picked.size >= limit) break;
    picked.add(id);
  }
  return picked;
}
