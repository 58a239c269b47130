import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { POST as addArtifact } from "@/app/api/v1/versions/[id]/artifacts/route";
import { buildSafetensors } from "@/lib/formats/fixtures/build-safetensors";
import { db } from "@/lib/server/db";
import { createUserWithToken } from "@/tests/support/factories";
import {
  callStreamingRoute,
  createOwnedVersion,
  createPromotionRequest,
  filePart as file,
  filesUnder,
  multipartChunks,
  temporaryDataDir,
  type MultipartPart,
} from "@/tests/support/registry-factories";

const storeRoot = temporaryDataDir();
afterEach(() => {
  delete process.env.MAX_UPLOAD_BYTES;
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, "../../formats/fixtures", name)));
const storedFiles = () => filesUnder(storeRoot);
const upload = (versionId: string, token: string, parts: MultipartPart[], chunkSize?: number) =>
  callStreamingRoute(addArtifact, {
    url: `/api/v1/versions/${versionId}/artifacts`,
    token,
    params: { id: versionId },
    chunks: multipartChunks(parts, chunkSize),
  });
const artifactEvents = () => db.auditEvent.count({ where: { entityType: "artifact" } });

describe("POST /api/v1/versions/{id}/artifacts (multipart upload)", () => {
  it("streams a few MB into the store, with the sha256 node computes for the same bytes, a row and an audit event", async () => {
    const { version, owner } = await createOwnedVersion();
    const bytes = new Uint8Array(randomBytes(4 * 1024 * 1024 + 123));
    const response = await upload(version.id, owner.token, [file("optimizer.bin", bytes)]);

    expect(response.status).toBe(201);
    const { artifact } = response.body;
    expect(artifact).toMatchObject({
      versionId: version.id,
      name: "optimizer.bin",
      format: "BIN",
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      isReference: false,
      metadata: null,
    });
    expect(artifact.downloadUrl).toBe(`/api/v1/artifacts/${artifact.id}/download`);
    const files = storedFiles();
    expect(files).toHaveLength(1);
    expect(sha256(readFileSync(files[0]!))).toBe(sha256(bytes));
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "artifact", entityId: artifact.id },
    });
    expect(event).toMatchObject({ action: "artifact.uploaded", actorId: owner.user.id });
    expect(event.changes).toMatchObject({
      versionId: version.id,
      name: "optimizer.bin",
      sha256: sha256(bytes),
      sizeBytes: bytes.length,
    });
  });

  it("parses a safetensors upload while it streams and keeps the summary", async () => {
    const { version, owner } = await createOwnedVersion();
    const response = await upload(
      version.id,
      owner.token,
      [{ name: "name", value: "adapter_model.safetensors" }, file("blob", fixture("tiny-lora.safetensors"))],
      100,
    );
    expect(response.status).toBe(201);
    expect(response.body.artifact).toMatchObject({
      name: "adapter_model.safetensors",
      format: "SAFETENSORS",
      metadata: {
        tensorCount: 7,
        parameterCount: 266,
        dtypes: { I64: 1, F64: 1, F32: 2, F16: 2, BOOL: 1 },
        headerBytes: 744,
        metadata: { format: "pt" },
      },
    });
  });

  it("parses an adapter_config.json upload", async () => {
    const { version, owner } = await createOwnedVersion();
    const config = fixture("lora-llama.adapter_config.json");
    const response = await upload(version.id, owner.token, [file("adapter_config.json", config)]);
    expect(response.status).toBe(201);
    expect(response.body.artifact).toMatchObject({
      format: "ADAPTER_CONFIG",
      metadata: {
        adapterType: "LORA",
        rank: 16,
        alpha: 32,
        baseModelNameOrPath: "meta-llama/Llama-3.1-8B-Instruct",
      },
    });
  });

  it("answers 413 past MAX_UPLOAD_BYTES, leaving no file (not even a partial one), no row and no event", async () => {
    process.env.MAX_UPLOAD_BYTES = "1000";
    const { version, owner } = await createOwnedVersion();
    const before = storedFiles().length;
    const response = await upload(version.id, owner.token, [file("big.bin", new Uint8Array(5000))], 256);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("payload_too_large");
    expect(storedFiles()).toHaveLength(before);
    expect(await db.artifact.count({ where: { versionId: version.id } })).toBe(0);
  });

  it("answers 413 from a declared Content-Length alone, before reading the body", async () => {
    process.env.MAX_UPLOAD_BYTES = "1000";
    const { version, owner } = await createOwnedVersion();
    let pulled = 0;
    const chunks = (function* () {
      for (const chunk of multipartChunks([file("big.bin", new Uint8Array(500_000))])) {
        pulled++;
        yield chunk;
      }
    })();
    const response = await callStreamingRoute(addArtifact, {
      url: "/x",
      token: owner.token,
      params: { id: version.id },
      chunks,
      contentLength: 500_500,
    });
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("refuses a hostile or broken safetensors file with a 400 that says why, and keeps nothing", async () => {
    const { version, owner } = await createOwnedVersion();
    const eventsBefore = await artifactEvents();
    const filesBefore = storedFiles().length;
    const hostile = buildSafetensors(
      { w: { dtype: "F16", shape: [2] } },
      { declaredHeaderLength: BigInt(2) ** BigInt(63) },
    );
    const bomb = await upload(version.id, owner.token, [file("model.safetensors", hostile)]);
    expect(bomb.status).toBe(400);
    expect(bomb.body.error.fields.file).toMatch(/over the 100 MB limit/);
    // Only detectable at the end: the header promises more data than arrives.
    const truncated = buildSafetensors({ w: { dtype: "F32", shape: [100_000] } }, { dataBytes: 1000 });
    const cut = await upload(version.id, owner.token, [file("model.safetensors", truncated)]);
    expect(cut.status).toBe(400);
    expect(cut.body.error.message).toMatch(/^This is not a valid safetensors file: .*truncated/);
    const badConfig = await upload(version.id, owner.token, [
      file("adapter_config.json", new TextEncoder().encode('{"peft_type": "LORA", "r": -1}')),
    ]);
    expect(badConfig.status).toBe(400);
    expect(badConfig.body.error.fields).toMatchObject({ "file.r": "Must be at least 1" });
    expect(storedFiles()).toHaveLength(filesBefore);
    expect(await db.artifact.count({ where: { versionId: version.id } })).toBe(0);
    expect(await artifactEvents()).toBe(eventsBefore);
  });

  it("keeps no file when a text field over the limit comes before or after the file", async () => {
    const { version, owner } = await createOwnedVersion();
    const filesBefore = storedFiles().length;
    const small = file("adapter.bin", new TextEncoder().encode("small"));
    const before = await upload(version.id, owner.token, [{ name: "name", value: "x".repeat(5000) }, small]);
    const after = await upload(version.id, owner.token, [small, { name: "format", value: "y".repeat(5000) }]);
    expect(before.status).toBe(400);
    expect(before.body.error.fields).toEqual({ name: "At most 4096 characters" });
    expect(after.status).toBe(400);
    expect(after.body.error.fields).toEqual({ format: "At most 4096 characters" });
    expect(storedFiles()).toHaveLength(filesBefore);
    expect(await db.artifact.count({ where: { versionId: version.id } })).toBe(0);
  });

  it("answers 409 for a name the version already has, keeping only the first file", async () => {
    const { version, owner } = await createOwnedVersion();
    expect(
      (await upload(version.id, owner.token, [file("README.md", new TextEncoder().encode("# Card\n"))]))
        .status,
    ).toBe(201);
    const filesBefore = storedFiles().length;
    const again = await upload(version.id, owner.token, [
      file("README.md", new TextEncoder().encode("# Other\n")),
    ]);
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual({ name: "Already used by another artifact of this version" });
    expect(storedFiles()).toHaveLength(filesBefore);
  });

  it("answers 409 once the version left DEVELOPMENT or a promotion was requested", async () => {
    const staged = await createOwnedVersion({ stage: "STAGING" });
    const response = await upload(staged.version.id, staged.owner.token, [file("a.bin", new Uint8Array(10))]);
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/is in STAGING/);
    const requested = await createOwnedVersion();
    await createPromotionRequest(requested.version.id, requested.owner.user.id, "REJECTED");
    expect(
      (await upload(requested.version.id, requested.owner.token, [file("a.bin", new Uint8Array(10))])).status,
    ).toBe(409);
  });

  it("answers 403 to another team's data scientist, to leadership and to compliance, and 404 for no version", async () => {
    const { version, owner } = await createOwnedVersion();
    const outsider = await createOwnedVersion();
    const leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
    for (const token of [outsider.owner.token, leader.token, officer.token]) {
      const response = await upload(version.id, token, [file("a.bin", new Uint8Array(10))]);
      expect(response.status).toBe(403);
    }
    const admin = await createUserWithToken({ roles: ["ADMIN"] });
    expect((await upload(version.id, admin.token, [file("by-admin.bin", new Uint8Array(10))])).status).toBe(
      201,
    );
    expect((await upload("no-such-version", owner.token, [file("a.bin", new Uint8Array(10))])).status).toBe(
      404,
    );
  });

  it("answers 400 without a file, and for fields after the file that change its format", async () => {
    const { version, owner } = await createOwnedVersion();
    const noFile = await upload(version.id, owner.token, [{ name: "name", value: "x.bin" }]);
    expect(noFile).toMatchObject({
      status: 400,
      body: { error: { fields: { file: "Required: send the file in the multipart field `file`" } } },
    });
    const badFormat = await upload(version.id, owner.token, [
      { name: "format", value: "PICKLE" },
      file("x.bin", new Uint8Array(3)),
    ]);
    expect(badFormat.body.error.fields.format).toMatch(/^One of SAFETENSORS/);
    const filesBefore = storedFiles().length;
    const late = await upload(version.id, owner.token, [
      file("blob", new Uint8Array(3)),
      { name: "format", value: "safetensors" },
    ]);
    expect(late.status).toBe(400);
    expect(late.body.error.fields.format).toMatch(/before `file`/);
    expect(storedFiles()).toHaveLength(filesBefore);
  });
});
