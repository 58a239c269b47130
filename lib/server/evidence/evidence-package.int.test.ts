import { unzipSync, zipSync } from "fflate";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as evidenceRoute } from "@/app/api/v1/versions/[id]/evidence/route";
import { exportedEventsProblems, type ExportedAuditEvent } from "@/lib/audit/exported-event";
import { EVIDENCE_FILES, type Manifest } from "@/lib/evidence/package-files";
import { verifyEvidencePackage } from "@/lib/evidence/verify-package";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { createDataset } from "@/lib/server/datasets/create-dataset";
import { createDatasetVersion } from "@/lib/server/datasets/create-dataset-version";
import { decidePromotion } from "@/lib/server/promotions/decide-promotion";
import { requestPromotion } from "@/lib/server/promotions/request-promotion";
import { unique } from "@/tests/support/factories";
import { makeModel, makeVersion, setupPeople } from "@/tests/support/people-kit";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

let people: Awaited<ReturnType<typeof setupPeople>>;
let versionId: string;
let childId: string;

/** The route's bytes as a client receives them (callRoute reads bodies as text). */
async function download(id: string, token: string) {
  const req = new NextRequest(new URL(`/api/v1/versions/${id}/evidence`, "http://localhost"), {
    headers: { authorization: `Bearer ${token}` },
  });
  const response = await evidenceRoute(req, { params: Promise.resolve({ id }) });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const filesOf = (zip: Uint8Array) => new Map(Object.entries(unzipSync(zip)));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

beforeAll(async () => {
  people = await setupPeople();
  const scientist = people.scientistA.principal;
  const dataset = await createDataset(scientist, {
    slug: unique("tickets"),
    name: "Tickets",
    source: "s3://tickets",
    license: "internal",
  });
  const datasetVersion = await createDatasetVersion(scientist, dataset.id, {
    containsPersonalData: true,
    personalDataCategories: ["contact details"],
    legalBasis: "CONSENT",
    retentionDays: 365,
    region: "EU",
  });
  const base = await makeModel(scientist, { kind: "BASE" });
  const baseVersion = await makeVersion(scientist, base.slug, {});
  const tuned = await makeModel(scientist, { kind: "FINE_TUNED" });
  const version = await makeVersion(scientist, tuned.slug, {
    parents: [{ versionId: baseVersion.id, relation: "FINETUNED_FROM" }],
    datasets: [{ datasetVersionId: datasetVersion.id, role: "TRAIN" }],
    modelCard: "# Support model\n\n<script>alert(1)</script> Intended for ticket triage.",
  });
  const child = await makeVersion(scientist, tuned.slug, {
    parents: [{ versionId: version.id, relation: "FINETUNED_FROM" }],
  });
  versionId = version.id;
  childId = child.id;
  const request = await requestPromotion(scientist, versionId, {
    toStage: "STAGING",
    justification: "Evaluated on the Q3 suite",
  });
  await decidePromotion(people.officer.principal, request.id, {
    decision: "APPROVE",
    comment: "Looks sound",
  });
});

describe("GET /api/v1/versions/{id}/evidence", () => {
  it("streams a zip whose manifest hashes every other file and whose audit events re-verify on their own", async () => {
    const { response, bytes } = await download(versionId, people.leader.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="evidence-.+\.zip"$/);

    const files = filesOf(bytes);
    const manifest = JSON.parse(text(files.get(EVIDENCE_FILES.manifest)!)) as Manifest;
    expect(manifest.files.map((file) => file.path).sort()).toEqual(
      [...files.keys()].filter((path) => path !== EVIDENCE_FILES.manifest).sort(),
    );
    for (const entry of manifest.files) {
      const content = files.get(entry.path)!;
      expect(createHash("sha256").update(content).digest("hex"), entry.path).toBe(entry.sha256);
      expect(content.length).toBe(entry.bytes);
    }
    expect(verifyEvidencePackage(files)).toMatchObject({ ok: true, problems: [] });

    // the standalone verifier, as a user runs it: no database, just the file
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "evidence-")), "package.zip");
    writeFileSync(file, bytes);
    const { stdout } = await promisify(execFile)("node_modules/.bin/tsx", [
      "scripts/verify-evidence.ts",
      file,
    ]);
    expect(stdout).toMatch(/^OK: \d+ files match the manifest; \d+ audit events re-verify on their own/);

    const { events } = JSON.parse(text(files.get(EVIDENCE_FILES.auditEvents)!)) as {
      events: ExportedAuditEvent[];
    };
    const actions = events.map((entry) => entry.event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "model_version.registered",
        "promotion.requested",
        "promotion.approved",
        "model_version.evidence_exported",
      ]),
    );
    expect(
      events.every((entry) => /^[0-9a-f]{64}$/.test(entry.prevHash) && /^[0-9a-f]{64}$/.test(entry.hash)),
    ).toBe(true);
    const chain = JSON.parse(text(files.get(EVIDENCE_FILES.chainVerification)!));
    expect(chain).toMatchObject({ ok: true, firstBrokenAt: null });

    const lineage = JSON.parse(text(files.get(EVIDENCE_FILES.lineage)!));
    expect(lineage.ancestors.nodes).toHaveLength(1);
    expect(lineage.descendants.nodes.map((node: { id: string }) => node.id)).toEqual([childId]);
    const datasets = JSON.parse(text(files.get(EVIDENCE_FILES.datasets)!));
    expect(datasets.items[0]).toMatchObject({
      role: "TRAIN",
      containsPersonalData: true,
      legalBasis: "CONSENT",
    });
    const promotions = JSON.parse(text(files.get(EVIDENCE_FILES.promotions)!));
    expect(promotions.items[0].approvals[0]).toMatchObject({ decision: "APPROVE", comment: "Looks sound" });

    const report = text(files.get(EVIDENCE_FILES.report)!);
    expect(report).not.toMatch(/<script/i);
    expect(report).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    for (const control of [
      "Art. 11",
      "Art. 12",
      "Art. 14",
      "ISO/IEC 42001",
      "Govern",
      "Map",
      "Measure",
      "Manage",
    ])
      expect(report).toContain(control);
  });

  it("is audited, and a tampered event fails verification even with a rewritten manifest", async () => {
    const before = await db.auditEvent.count({
      where: { action: "model_version.evidence_exported", entityId: versionId },
    });
    const { bytes } = await download(versionId, people.scientistB.token);
    expect(
      await db.auditEvent.count({
        where: { action: "model_version.evidence_exported", entityId: versionId },
      }),
    ).toBe(before + 1);

    const files = filesOf(bytes);
    const audit = JSON.parse(text(files.get(EVIDENCE_FILES.auditEvents)!)) as {
      events: ExportedAuditEvent[];
    };
    audit.events[0]!.event.entityId = "someone-else";
    expect(exportedEventsProblems(audit.events)).toEqual([
      expect.stringContaining("its hash does not match its content"),
    ]);
    // a forger who also rewrites the manifest still fails on the event itself
    const forged = new TextEncoder().encode(JSON.stringify(audit));
    files.set(EVIDENCE_FILES.auditEvents, forged);
    const manifest = JSON.parse(text(files.get(EVIDENCE_FILES.manifest)!)) as Manifest;
    const entry = manifest.files.find((file) => file.path === EVIDENCE_FILES.auditEvents)!;
    entry.sha256 = createHash("sha256").update(forged).digest("hex");
    entry.bytes = forged.length;
    files.set(EVIDENCE_FILES.manifest, new TextEncoder().encode(JSON.stringify(manifest)));
    const result = verifyEvidencePackage(
      new Map(Object.entries(unzipSync(zipSync(Object.fromEntries(files))))),
    );
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "evidence-")), "forged.zip");
    writeFileSync(file, zipSync(Object.fromEntries(files)));
    await expect(
      promisify(execFile)("node_modules/.bin/tsx", ["scripts/verify-evidence.ts", file]),
    ).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining("NOT VERIFIED") });
  });

  it("pages a long history into audit-events.json, every event in chain order", async () => {
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 1_100; i++)
        await recordAudit(tx, {
          actor: people.scientistA.principal,
          action: "model_version.metadata_updated",
          entityType: "model_version",
          entityId: versionId,
          changes: { notes: { from: null, to: `note ${i}` } },
        });
    });
    const stored = await db.auditEvent.count({ where: { entityType: "model_version", entityId: versionId } });
    const files = filesOf((await download(versionId, people.leader.token)).bytes);
    const { events } = JSON.parse(text(files.get(EVIDENCE_FILES.auditEvents)!)) as {
      events: ExportedAuditEvent[];
    };
    const seqs = events.map((entry) => BigInt(entry.event.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
    expect(events.filter((entry) => entry.event.entityId === versionId)).toHaveLength(stored + 1);
    expect(verifyEvidencePackage(files).ok).toBe(true);
    expect(text(files.get(EVIDENCE_FILES.report)!)).toContain("the first 300 are listed here");
  }, 60_000);

  it("answers 404 for an unknown version and writes nothing", async () => {
    const before = await db.auditEvent.count();
    const { response } = await download("no-such-version", people.leader.token);
    expect(response.status).toBe(404);
    expect(await db.auditEvent.count()).toBe(before);
  });
});
