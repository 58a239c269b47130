import { describe, expect, it } from "vitest";
import { GET as listArtifacts, POST as addArtifact } from "@/app/api/v1/versions/[id]/artifacts/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";
import { createOwnedVersion, createPromotionRequest } from "@/tests/support/registry-factories";

const SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const reference = (overrides: Record<string, unknown> = {}) => ({
  name: "model-00001-of-00002.safetensors",
  uri: "hf://meta-llama/Llama-3.1-8B/model-00001-of-00002.safetensors",
  sha256: SHA.toUpperCase(),
  sizeBytes: 4_976_698_672,
  ...overrides,
});
const register = (versionId: string, token: string, body: unknown) =>
  callRoute(addArtifact, {
    url: `/api/v1/versions/${versionId}/artifacts`,
    method: "POST",
    token,
    params: { id: versionId },
    body,
  });

describe("POST /api/v1/versions/{id}/artifacts (JSON reference)", () => {
  it("registers a reference with its format from the name, sizes above 4 GiB as numbers, and an audit event", async () => {
    const { version, owner } = await createOwnedVersion();
    const response = await register(version.id, owner.token, reference());
    expect(response.status).toBe(201);
    expect(response.body.artifact).toMatchObject({
      name: "model-00001-of-00002.safetensors",
      uri: "hf://meta-llama/Llama-3.1-8B/model-00001-of-00002.safetensors",
      sha256: SHA,
      sizeBytes: 4_976_698_672,
      format: "SAFETENSORS",
      isReference: true,
      metadata: null,
      downloadUrl: null,
      createdById: owner.user.id,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "artifact", entityId: response.body.artifact.id },
    });
    expect(event.action).toBe("artifact.registered");
  });

  it("takes the format from the URI when the name has none, or as given", async () => {
    const { version, owner } = await createOwnedVersion();
    const fromUri = await register(
      version.id,
      owner.token,
      reference({ name: "quantized weights", uri: "s3://models/llama/q4_k_m.gguf" }),
    );
    expect(fromUri.body.artifact.format).toBe("GGUF");
    const given = await register(
      version.id,
      owner.token,
      reference({ name: "card", uri: "https://example.com/card", format: "model_card" }),
    );
    expect(given.body.artifact.format).toBe("MODEL_CARD");
  });

  it("answers 400 with a message for every bad field at once", async () => {
    const { version, owner } = await createOwnedVersion();
    const response = await register(version.id, owner.token, {
      name: "../etc/passwd",
      uri: "file:///etc/passwd",
      sha256: "abc123",
      sizeBytes: -1,
      format: "ONNX",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({
      name: "A file name or a relative path, without empty, '.' or '..' parts",
      uri: "Only hf://, s3:// and https:// references are accepted",
      sha256: "64 hexadecimal characters (a SHA-256 digest)",
      sizeBytes: "At least 0",
      format: "One of SAFETENSORS, GGUF, BIN, ADAPTER_CONFIG, MODEL_CARD, OTHER",
    });
    expect(await db.artifact.count({ where: { versionId: version.id } })).toBe(0);
  });

  it.each([
    ["ftp://mirror/model.bin", "Only hf://, s3:// and https:// references are accepted"],
    ["http://example.com/model.bin", "Only hf://, s3:// and https:// references are accepted"],
    ["not a uri", "Not a URI: expected hf://, s3:// or https://"],
    ["https://user:secret@example.com/model.bin", "Must not carry credentials"],
    [
      "https://bucket.s3.amazonaws.com/m.bin?X-Amz-Signature=abc&X-Amz-Expires=60",
      "Looks like a signed URL: register the permanent location instead",
    ],
    ["s3://bucket", "s3:// URIs name an object: s3://<bucket>/<key>"],
    ["hf://org", "hf:// URIs name a repository: hf://<org>/<name>[/<path>]"],
  ])("refuses the URI %s", async (uri, message) => {
    const { version, owner } = await createOwnedVersion();
    const response = await register(version.id, owner.token, reference({ uri }));
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ uri: message });
  });

  it("answers 400 before 404, then 404, 403 and 409 in the documented order", async () => {
    const { version, owner } = await createOwnedVersion();
    expect((await register("missing", owner.token, { name: "" })).status).toBe(400);
    expect((await register("missing", owner.token, reference())).status).toBe(404);
    const outsider = await createOwnedVersion();
    expect((await register(version.id, outsider.owner.token, reference())).status).toBe(403);
    const leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    expect((await register(version.id, leader.token, reference())).status).toBe(403);
    expect((await register(version.id, owner.token, reference())).status).toBe(201);
    const duplicate = await register(
      version.id,
      owner.token,
      reference({ uri: "s3://other/copy.safetensors" }),
    );
    expect(duplicate.status).toBe(409);
    await createPromotionRequest(version.id, owner.user.id);
    const frozen = await register(version.id, owner.token, reference({ name: "later.bin" }));
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.message).toMatch(/promotion was requested/);
  });
});

describe("GET /api/v1/versions/{id}/artifacts", () => {
  it("lists newest first with keyset pagination, for every role", async () => {
    const { version, owner } = await createOwnedVersion();
    for (const name of ["a.bin", "b.bin", "c.bin"])
      expect((await register(version.id, owner.token, reference({ name }))).status).toBe(201);
    const leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const list = (query: string) =>
      callRoute(listArtifacts, {
        url: `/api/v1/versions/${version.id}/artifacts${query}`,
        token: leader.token,
        params: { id: version.id },
      });
    const first = await list("?limit=2");
    expect(first.status).toBe(200);
    expect(first.body.items.map((a: { name: string }) => a.name)).toEqual(["c.bin", "b.bin"]);
    const second = await list(`?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ items: [{ name: "a.bin" }], nextCursor: null });
    expect((await list("?limit=500")).status).toBe(400);
    const missing = await callRoute(listArtifacts, {
      url: "/x",
      token: leader.token,
      params: { id: "missing" },
    });
    expect(missing.status).toBe(404);
  });
});
