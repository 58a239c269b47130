import { describe, expect, it } from "vitest";
import { POST as addArtifact } from "@/app/api/v1/versions/[id]/artifacts/route";
import { db } from "@/lib/server/db";
import {
  callStreamingRoute,
  createOwnedVersion,
  createPromotionRequest,
  createVersion,
  filePart,
  filesUnder,
  multipartChunks,
  temporaryDataDir,
} from "@/tests/support/registry-factories";

const storeRoot = temporaryDataDir();

/** An upload that stops after a few chunks to run `meanwhile`, then finishes (or breaks off when it throws). */
function uploadWith(versionId: string, token: string, meanwhile: () => Promise<unknown>) {
  const chunks = [...multipartChunks([filePart("late.bin", new Uint8Array(200_000))], 16_384)];
  return callStreamingRoute(addArtifact, {
    url: `/api/v1/versions/${versionId}/artifacts`,
    token,
    params: { id: versionId },
    chunks: (async function* () {
      yield* chunks.slice(0, 3);
      await meanwhile();
      yield* chunks.slice(3);
    })(),
  });
}

describe("uploads that do not end as they began", () => {
  it("leave nothing when the client disconnects mid-upload", async () => {
    const { version, owner } = await createOwnedVersion();
    const response = await uploadWith(version.id, owner.token, () =>
      Promise.reject(new Error("connection reset")),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields.file).toMatch(/interrupted/);
    expect(filesUnder(storeRoot)).toEqual([]);
  });

  it("are checked again at the end: a name taken meanwhile is a 409, and the stored file is removed", async () => {
    const { version, owner } = await createOwnedVersion();
    const response = await uploadWith(version.id, owner.token, () =>
      db.artifact.create({
        data: {
          versionId: version.id,
          name: "late.bin",
          uri: "hf://x/y",
          sizeBytes: BigInt(1),
          sha256: "0".repeat(64),
          format: "BIN",
          isReference: true,
          createdById: owner.user.id,
        },
      }),
    );
    expect(response.status).toBe(409);
    expect(filesUnder(storeRoot)).toEqual([]);
  });

  it("are checked again at the end: a promotion requested meanwhile is a 409, and the stored file is removed", async () => {
    const { version, owner } = await createOwnedVersion();
    const other = await createVersion({ modelId: version.modelId, createdById: owner.user.id });
    const response = await uploadWith(other.id, owner.token, () =>
      createPromotionRequest(other.id, owner.user.id),
    );
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/promotion was requested/);
    expect(filesUnder(storeRoot)).toEqual([]);
    expect(await db.artifact.count({ where: { versionId: other.id } })).toBe(0);
  });
});
