import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db, type Tx } from "@/lib/server/db";
import { addArtifact, addDrift, addFairnessReport, addRun, at } from "@/tests/support/evidence-factories";
import { createOwner, createVersion } from "@/tests/support/lineage-factories";
import { gatherEvidence } from "./gather-evidence";

type Owner = Awaited<ReturnType<typeof createOwner>>;
let owner: Owner;
beforeAll(async () => {
  owner = await createOwner();
});

const asOf = at("2025-06-01");

describe("gatherEvidence: the version and its parent", () => {
  it("labels the version and its first parent (by edge creation), with the parent's own latest metrics", async () => {
    const first = await createVersion(owner, { name: "Llama Base" });
    const second = await createVersion(owner, { name: "Mistral Base" });
    const merged = await createVersion(owner, { name: "Support Merge" });
    await db.lineageEdge.create({
      data: { parentId: second.id, childId: merged.id, relation: "MERGED_FROM", createdAt: at("2025-02-01") },
    });
    await db.lineageEdge.create({
      data: { parentId: first.id, childId: merged.id, relation: "MERGED_FROM", createdAt: at("2025-01-01") },
    });
    await addRun(owner, first, "mmlu", at("2025-01-10"), [["accuracy", 0.6]]);
    await addRun(owner, first, "mmlu", at("2025-01-20"), [["accuracy", 0.62]]);
    await addRun(owner, second, "mmlu", at("2025-01-10"), [["accuracy", 0.9]]);
    await addRun(owner, merged, "mmlu", at("2025-03-01"), [["accuracy", 0.65]]);

    const evidence = await gatherEvidence(db, merged.id, { asOf });
    expect(evidence.version).toEqual({
      id: merged.id,
      label: "Support Merge v1",
      stage: "DEVELOPMENT",
      riskTier: "MINIMAL",
    });
    expect(evidence.parent).toMatchObject({ id: first.id, label: "Llama Base v1" });
    expect(evidence.parent!.metrics.map((m) => [m.suite, m.metric, m.value])).toEqual([
      ["mmlu", "accuracy", 0.62],
    ]);
    expect(evidence.metrics.map((m) => m.value)).toEqual([0.65]);
  });

  it("has no parent for a root version", async () => {
    const root = await createVersion(owner);
    expect((await gatherEvidence(db, root.id)).parent).toBeNull();
  });

  it("throws not_found for an unknown version", async () => {
    await expect(gatherEvidence(db, "no-such-version")).rejects.toMatchObject({ code: "not_found" });
    await expect(gatherEvidence(db, "no-such-version")).rejects.toBeInstanceOf(AppError);
  });
});

describe("gatherEvidence: metrics", () => {
  it("takes each suite's metric from the newest run reporting it overall, as of the moment", async () => {
    const version = await createVersion(owner);
    const older = await addRun(owner, version, "mmlu", at("2025-01-01"), [
      ["accuracy", 0.6],
      { name: "loss", value: 1.9, higherIsBetter: false },
    ]);
    // newer, but only sliced accuracy: the overall value still comes from the older run
    const newer = await addRun(owner, version, "mmlu", at("2025-02-01"), [
      { name: "accuracy", value: 0.99, slice: "lang=de" },
      { name: "loss", value: 1.5, higherIsBetter: false },
    ]);
    await addRun(owner, version, "hellaswag", at("2025-03-01"), [["accuracy", 0.8]]);
    // after asOf: ignored
    await addRun(owner, version, "mmlu", at("2025-07-01"), [["accuracy", 0.1]]);

    const { metrics } = await gatherEvidence(db, version.id, { asOf });
    expect(metrics).toEqual([
      expect.objectContaining({ suite: "hellaswag", metric: "accuracy", value: 0.8, higherIsBetter: true }),
      {
        suite: "mmlu",
        metric: "accuracy",
        value: 0.6,
        higherIsBetter: true,
        runId: older.id,
        recordedAt: at("2025-01-01"),
      },
      {
        suite: "mmlu",
        metric: "loss",
        value: 1.5,
        higherIsBetter: false,
        runId: newer.id,
        recordedAt: at("2025-02-01"),
      },
    ]);
    const later = await gatherEvidence(db, version.id, { asOf: at("2025-08-01") });
    expect(later.metrics.find((m) => m.suite === "mmlu" && m.metric === "accuracy")!.value).toBe(0.1);
  });
});

describe("gatherEvidence: fairness, drift and artifacts", () => {
  it("keeps the newest fairness report per attribute, as of the moment", async () => {
    const version = await createVersion(owner);
    await addFairnessReport(owner, version, "gender", at("2025-01-01"), { dpd: 0.3, dir: 0.6 });
    const latest = await addFairnessReport(owner, version, "gender", at("2025-03-01"), {
      dpd: 0.05,
      dir: 0.9,
      eod: 0.1,
    });
    await addFairnessReport(owner, version, "gender", at("2025-07-01"), { dpd: 0.5, dir: 0.2 });
    await addFairnessReport(owner, version, "age_band", at("2025-02-01"), { dpd: 0.1, dir: null });

    const { fairness } = await gatherEvidence(db, version.id, { asOf });
    expect(fairness).toEqual([
      expect.objectContaining({
        attribute: "age_band",
        demographicParityDifference: 0.1,
        disparateImpactRatio: null,
      }),
      {
        attribute: "gender",
        demographicParityDifference: 0.05,
        disparateImpactRatio: 0.9,
        equalizedOddsDifference: 0.1,
        reportId: latest.id,
        recordedAt: at("2025-03-01"),
      },
    ]);
  });

  it("keeps the newest window per feature and metric that ended by the moment", async () => {
    const version = await createVersion(owner);
    await addDrift(version, "income", "PSI", 0.4, at("2025-05-01"));
    await addDrift(version, "income", "PSI", 0.12, at("2025-06-01"));
    await addDrift(version, "income", "PSI", 0.9, at("2025-06-08"));
    await addDrift(version, "income", "KS", null, at("2025-05-20"));
    await addDrift(version, "age", "PSI", 0.05, at("2025-04-01"));

    const { drift } = await gatherEvidence(db, version.id, { asOf });
    expect(drift.map((d) => [d.feature, d.metric, d.value, d.windowEnd])).toEqual([
      ["age", "PSI", 0.05, at("2025-04-01")],
      ["income", "KS", null, at("2025-05-20")],
      ["income", "PSI", 0.12, at("2025-06-01")],
    ]);
  });

  it("lists the artifacts created by the moment", async () => {
    const version = await createVersion(owner);
    const weights = await addArtifact(owner, version, "SAFETENSORS", at("2025-01-01"));
    await addArtifact(owner, version, "GGUF", at("2025-07-01"));
    expect((await gatherEvidence(db, version.id, { asOf })).artifacts).toEqual([
      { name: weights.name, format: "SAFETENSORS" },
    ]);
  });
});

it("reads inside a caller's transaction", async () => {
  const version = await createVersion(owner);
  const evidence = await db.$transaction(async (tx) => {
    await addRunIn(tx, version.id);
    return gatherEvidence(tx, version.id);
  });
  expect(evidence.metrics.map((m) => m.value)).toEqual([0.5]);
});

async function addRunIn(tx: Tx, versionId: string) {
  await tx.evaluationRun.create({
    data: {
      versionId,
      suite: "mmlu",
      createdById: owner.user.id,
      metrics: { create: [{ name: "accuracy", value: 0.5, higherIsBetter: true }] },
    },
  });
}
