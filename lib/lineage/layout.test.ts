import { describe, expect, it } from "vitest";
import { layoutLineage } from "./layout";

const size = { nodeWidth: 180, nodeHeight: 60 };
const byId = (positions: ReturnType<typeof layoutLineage>) => new Map(positions.map((p) => [p.id, p]));

describe("layoutLineage", () => {
  it("puts every parent above its children, in a diamond with a merge", () => {
    const edges = [
      { from: "base", to: "ft-a" },
      { from: "base", to: "ft-b" },
      { from: "ft-a", to: "merged" },
      { from: "ft-b", to: "merged" },
      { from: "merged", to: "quant" },
    ];
    const at = byId(layoutLineage(["quant", "merged", "ft-b", "ft-a", "base"], edges, size));
    for (const { from, to } of edges)
      expect(at.get(from)!.y + size.nodeHeight, `${from} above ${to}`).toBeLessThanOrEqual(at.get(to)!.y);
    // Siblings share a row and do not overlap.
    expect(at.get("ft-a")!.y).toBe(at.get("ft-b")!.y);
    expect(Math.abs(at.get("ft-a")!.x - at.get("ft-b")!.x)).toBeGreaterThanOrEqual(size.nodeWidth);
  });

  it("returns every node in input order, isolated ones included", () => {
    const positions = layoutLineage(["a", "b", "lonely"], [{ from: "a", to: "b" }], size);
    expect(positions.map((p) => p.id)).toEqual(["a", "b", "lonely"]);
    for (const p of positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("ignores edges to nodes that are not drawn, and self-edges", () => {
    const positions = layoutLineage(
      ["a"],
      [
        { from: "a", to: "hidden" },
        { from: "a", to: "a" },
      ],
      size,
    );
    expect(positions).toHaveLength(1);
  });

  it("lays out an empty graph", () => {
    expect(layoutLineage([], [], size)).toEqual([]);
  });
});
