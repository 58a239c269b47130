import { createHash, randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as download } from "@/app/api/v1/artifacts/[id]/download/route";
import { POST as addArtifact } from "@/app/api/v1/versions/[id]/artifacts/route";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";
import {
  callStreamingRoute,
  createOwnedVersion,
  filePart,
  multipartChunks,
  temporaryDataDir,
} from "@/tests/support/registry-factories";

temporaryDataDir();
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function downloadBytes(id: string, token: string) {
  const req = new NextRequest(new URL(`/api/v1/artifacts/${id}/download`, "http://localhost"), {
    headers: { authorization: `Bearer ${token}` },
  });
  const response = await download(req, { params: Promise.resolve({ id }) });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

describe("GET /api/v1/artifacts/{id}/download", () => {
  it("streams the stored bytes to every role, as an attachment carrying its sha256", async () => {
    const { version, owner } = await createOwnedVersion();
    const bytes = new Uint8Array(randomBytes(300_000));
    const created = await callStreamingRoute(addArtifact, {
      url: "/x",
      token: owner.token,
      params: { id: version.id },
      chunks: multipartChunks([filePart("weights/ü model.bin", bytes)]),
    });
    expect(created.status).toBe(201);
    const leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const fetched = await downloadBytes(created.body.artifact.id, leader.token);
    expect(fetched.status).toBe(200);
    expect(sha256(fetched.bytes)).toBe(sha256(bytes));
    expect(Object.fromEntries(fetched.headers)).toMatchObject({
      "content-type": "application/octet-stream",
      "content-length": "300000",
      "content-disposition": `attachment; filename="_ model.bin"; filename*=UTF-8''%C3%BC%20model.bin`,
      "x-content-type-options": "nosniff",
      etag: `"${sha256(bytes)}"`,
    });
  });

  it("answers 404 for a reference, naming where its bytes are, and for an unknown id", async () => {
    const { version, owner } = await createOwnedVersion();
    const reference = await callRoute(addArtifact, {
      url: "/x",
      method: "POST",
      token: owner.token,
      params: { id: version.id },
      body: {
        name: "weights.safetensors",
        uri: "hf://org/model/model.safetensors",
        sha256: "a".repeat(64),
        sizeBytes: 10,
      },
    });
    const refused = await downloadBytes(reference.body.artifact.id, owner.token);
    expect(refused.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(refused.bytes)).error.message).toBe(
      '"weights.safetensors" is a reference: its bytes are at hf://org/model/model.safetensors, not here',
    );
    expect((await downloadBytes("missing", owner.token)).status).toBe(404);
  });
});
