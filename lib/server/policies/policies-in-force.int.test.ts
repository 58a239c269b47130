import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { at, savePolicyVersion } from "@/tests/support/evidence-factories";
import { createOwner } from "@/tests/support/lineage-factories";
import { policiesInForce } from "./policies-in-force";

const floor = (threshold: number) => ({
  id: "mmlu-floor",
  kind: "metric_min",
  suite: "mmlu",
  metric: "accuracy",
  threshold,
});

let owner: Awaited<ReturnType<typeof createOwner>>;
beforeAll(async () => {
  owner = await createOwner();
  // quality: v1 (0.5), v2 (0.6, SHADOW), v3 (0.7): the newest in force depends on the moment
  await savePolicyVersion(owner, {
    key: "quality",
    version: 1,
    createdAt: at("2025-01-01"),
    rules: [floor(0.5)],
  });
  await savePolicyVersion(owner, {
    key: "quality",
    version: 2,
    createdAt: at("2025-02-01"),
    rules: [floor(0.6)],
    mode: "SHADOW",
  });
  await savePolicyVersion(owner, {
    key: "quality",
    version: 3,
    createdAt: at("2025-03-01"),
    rules: [floor(0.7)],
  });
  // disabled by its newest version: out of force from then on, though v1 was enabled
  await savePolicyVersion(owner, {
    key: "retired",
    version: 1,
    createdAt: at("2025-01-01"),
    rules: [floor(0.1)],
  });
  await savePolicyVersion(owner, {
    key: "retired",
    version: 2,
    createdAt: at("2025-02-15"),
    rules: [floor(0.1)],
    enabled: false,
  });
  // moved from PRODUCTION to STAGING by its second version
  await savePolicyVersion(owner, {
    key: "moved",
    version: 1,
    createdAt: at("2025-01-01"),
    rules: [floor(0.2)],
  });
  await savePolicyVersion(owner, {
    key: "moved",
    version: 2,
    createdAt: at("2025-02-15"),
    rules: [floor(0.2)],
    targetStage: "STAGING",
  });
  // not yet saved at any moment before July
  await savePolicyVersion(owner, {
    key: "future",
    version: 1,
    createdAt: at("2025-07-01"),
    rules: [floor(0.3)],
  });
});

const keys = (policies: Awaited<ReturnType<typeof policiesInForce>>) =>
  policies.map((p) => [p.key, p.version]);

describe("policiesInForce", () => {
  it("takes the newest version per key and drops disabled and other-stage ones", async () => {
    const policies = await policiesInForce(db, "PRODUCTION", at("2025-06-01"));
    expect(keys(policies)).toEqual([["quality", 3]]);
    expect(policies[0]).toMatchObject({ name: "quality", mode: "ENFORCE", rules: [floor(0.7)] });
    expect(keys(await policiesInForce(db, "STAGING", at("2025-06-01")))).toEqual([["moved", 2]]);
  });

  it("answers as of a moment: the versions saved by then", async () => {
    expect(keys(await policiesInForce(db, "PRODUCTION", at("2025-02-01")))).toEqual([
      ["moved", 1],
      ["quality", 2],
      ["retired", 1],
    ]);
    const afterMoves = await policiesInForce(db, "PRODUCTION", at("2025-02-20"));
    expect(afterMoves).toEqual([expect.objectContaining({ key: "quality", version: 2, mode: "SHADOW" })]);
    expect(keys(await policiesInForce(db, "PRODUCTION", at("2024-12-31")))).toEqual([]);
  });

  it("defaults to now", async () => {
    expect(keys(await policiesInForce(db, "PRODUCTION"))).toEqual([
      ["future", 1],
      ["quality", 3],
    ]);
  });

  it("throws naming the policy when its stored rules do not parse", async () => {
    const broken = await createOwner();
    await savePolicyVersion(broken, {
      key: "broken",
      name: "Broken gate",
      version: 1,
      createdAt: at("2025-01-01"),
      rules: [{ id: "x", kind: "no_such_kind" }],
      targetStage: "ARCHIVED",
    });
    await expect(policiesInForce(db, "ARCHIVED", at("2025-06-01"))).rejects.toThrow(
      /Policy "Broken gate" \(broken v1\) has stored rules that do not parse/,
    );
  });
});
