import { describe, expect, it } from "vitest";
import { ancestorsOf, buildAdjacency, descendantsOf, nearestNodeIds, wouldCreateCycle } from "./graph";

// base -> a -> c, base -> b -> c (diamond), c -> d
const diamond = [
  { from: "base", to: "a" },
  { from: "base", to: "b" },
  { from: "a", to: "c" },
  { from: "b", to: "c" },
  { from: "c", to: "d" },
];

describe("ancestors and descendants", () => {
  it("walks a diamond without repeating the shared ancestor", () => {
    const adjacency = buildAdjacency(diamond);
    expect([...ancestorsOf(adjacency, "d")].sort()).toEqual(["a", "b", "base", "c"]);
    expect([...descendantsOf(adjacency, "base")].sort()).toEqual(["a", "b", "c", "d"]);
    expect(ancestorsOf(adjacency, "base").size).toBe(0);
  });

  it("terminates on cyclic input", () => {
    const adjacency = buildAdjacency([
      { from: "x", to: "y" },
      { from: "y", to: "x" },
    ]);
    expect([...ancestorsOf(adjacency, "x")].sort()).toEqual(["x", "y"]);
  });
});

describe("wouldCreateCycle", () => {
  it("refuses a self-edge", () => expect(wouldCreateCycle([], "a", "a")).toBe(true));
  it("refuses a direct back-edge", () => expect(wouldCreateCycle(diamond, "a", "base")).toBe(true));
  it("refuses a longer cycle through a merge", () => expect(wouldCreateCycle(diamond, "d", "b")).toBe(true));
  it("allows another parent that is not a descendant", () => {
    expect(wouldCreateCycle(diamond, "a", "b")).toBe(false);
    expect(wouldCreateCycle(diamond, "base", "d")).toBe(false);
    expect(wouldCreateCycle(diamond, "elsewhere", "base")).toBe(false);
  });
});

describe("nearestNodeIds", () => {
  const chain = Array.from({ length: 10 }, (_, i) => `n${i}`);
  const chainEdges = chain.slice(1).map((id, i) => ({ from: chain[i]!, to: id }));

  it("keeps everything under the limit", () => {
    expect(nearestNodeIds(chain, chainEdges, "n0", 50).size).toBe(10);
  });

  it("keeps the nodes closest to the focus, both ways", () => {
    expect([...nearestNodeIds(chain, chainEdges, "n5", 5)].sort()).toEqual(["n3", "n4", "n5", "n6", "n7"]);
  });

  it("fills with unreachable nodes only when the focus is exhausted", () => {
    const picked = nearestNodeIds(["a", "b", "x", "y"], [{ from: "a", to: "b" }], "a", 3);
    expect([...picked]).toEqual(["a", "b", "x"]);
  });
});
