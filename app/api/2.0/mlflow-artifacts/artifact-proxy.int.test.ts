/**
 * MLflow's artifact proxy routes over the files uploaded to a version: get-download-uri points an MLflow
 * client at `mlflow-artifacts:/registry/<version id>`, which its HTTP artifact repository lists and
 * downloads here (`/api/2.0/mlflow-artifacts/artifacts`), whole or by byte range.
 */
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as addArtifact } from "@/app/api/v1/versions/[id]/artifacts/route";
import { createUserWithToken } from "@/tests/support/factories";
import { callMlflow } from "@/tests/support/mlflow-client";
import {
  callStreamingRoute,
  createOwnedVersion,
  filePart,
  multipartChunks,
  temporaryDataDir,
} from "@/tests/support/registry-factories";

temporaryDataDir();
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function versionWithFiles() {
  const { version, owner, model } = await createOwnedVersion();
  const files = {
    "model.bin": new Uint8Array(randomBytes(200_000)),
    "config/notes.txt": new TextEncoder().encode("{}"),
  };
  for (const [name, bytes] of Object.entries(files)) {
    const created = await callStreamingRoute(addArtifact, {
      url: "/x",
      token: owner.token,
      params: { id: version.id },
      chunks: multipartChunks([{ name: "name", value: name }, filePart(name.split("/").pop()!, bytes)]),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  return { version, owner, model, files };
}

const artifacts = (
  path: string,
  token: string,
  options: { query?: Record<string, string>; headers?: Record<string, string> } = {},
) => callMlflow("GET", path, { token, root: "mlflow-artifacts", ...options });

describe("the MLflow artifact proxy", () => {
  it("points get-download-uri at the uploaded files, lists them and serves them byte for byte", async () => {
    const { version, owner, model, files } = await versionWithFiles();
    const uri = await callMlflow("GET", "model-versions/get-download-uri", {
      token: owner.token,
      query: { name: model.slug, version: "1" },
    });
    expect(uri.body).toEqual({ artifact_uri: `mlflow-artifacts:/registry/${version.id}` });
    const got = await callMlflow("GET", "model-versions/get", {
      token: owner.token,
      query: { name: model.slug, version: "1" },
    });
    expect(got.body.model_version.source).toBe(`mlflow-artifacts:/registry/${version.id}`);

    // With the app's address configured, the same route as a full URL, for clients whose tracking URI
    // is another server (MLflow resolves mlflow-artifacts:/ against the tracking URI).
    process.env.MLFLOW_ARTIFACTS_ORIGIN = "https://registry.example";
    try {
      const absolute = await callMlflow("GET", "model-versions/get-download-uri", {
        token: owner.token,
        query: { name: model.slug, version: "1" },
      });
      expect(absolute.body).toEqual({
        artifact_uri: `https://registry.example/api/2.0/mlflow-artifacts/artifacts/registry/${version.id}`,
      });
    } finally {
      delete process.env.MLFLOW_ARTIFACTS_ORIGIN;
    }

    const root = await artifacts("artifacts", owner.token, { query: { path: `registry/${version.id}` } });
    expect(root.body).toEqual({
      files: [
        { path: "config", is_dir: true },
        { path: "model.bin", is_dir: false, file_size: 200_000 },
      ],
    });
    const folder = await artifacts("artifacts", owner.token, {
      query: { path: `registry/${version.id}/config` },
    });
    expect(folder.body).toEqual({ files: [{ path: "notes.txt", is_dir: false, file_size: 2 }] });

    const whole = await artifacts(`artifacts/registry/${version.id}/model.bin`, owner.token);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(sha256(whole.body)).toBe(sha256(files["model.bin"]));
  });

  it("serves a byte range as 206, and a range past the end as 416", async () => {
    const { version, owner, files } = await versionWithFiles();
    const path = `artifacts/registry/${version.id}/model.bin`;
    const part = await artifacts(path, owner.token, { headers: { range: "bytes=100-199" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 100-199/200000");
    expect(Buffer.compare(part.body, Buffer.from(files["model.bin"].subarray(100, 200)))).toBe(0);
    const past = await artifacts(path, owner.token, { headers: { range: "bytes=200000-" } });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe("bytes */200000");
  });

  it("answers MLflow's errors for what is not there, and for callers without a token", async () => {
    const { version, owner } = await versionWithFiles();
    const missing = await artifacts(`artifacts/registry/${version.id}/nope.bin`, owner.token);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error_code: "RESOURCE_DOES_NOT_EXIST" });
    expect((await artifacts("artifacts/elsewhere/x", owner.token)).status).toBe(404);
    expect((await artifacts("artifacts/registry/../x", owner.token)).status).toBe(404);
    expect(
      (
        await callMlflow("GET", `artifacts/registry/${version.id}/model.bin`, {
          root: "mlflow-artifacts",
        })
      ).status,
    ).toBe(401);
    const leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    expect((await artifacts(`artifacts/registry/${version.id}/model.bin`, leader.token)).status).toBe(200);
  });
});
