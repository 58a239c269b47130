import { describe, expect, it } from "vitest";
import { parseOrderBy } from "./order-by";
import { decodePageToken, encodePageToken } from "./page-token";
import { firstFreeSlug, slugBase } from "./slug";
import { downloadUri, parseArtifactsOrigin } from "./download-uri";
import { stageFromMlflow, toWireModelVersion, toWireRegisteredModel } from "./wire";

const version = {
  name: "Sentiment model",
  version: 3,
  createdAt: new Date(1_700_000_000_123),
  updatedAt: new Date(1_700_000_001_000),
  userId: "a@b.c",
  stage: "DEVELOPMENT" as const,
  description: null,
  source: "s3://b/k",
  runId: null,
  runLink: "",
  loggedModelId: null,
  tags: [
    { key: "b", value: "2" },
    { key: "a", value: "" },
  ],
  aliases: [],
};

describe("proto3 JSON as MLflow writes it", () => {
  it("shows a version with its number as a string, times as numbers and no empty fields", () => {
    expect(toWireModelVersion(version)).toEqual({
      name: "Sentiment model",
      version: "3",
      creation_timestamp: 1_700_000_000_123,
      last_updated_timestamp: 1_700_000_001_000,
      user_id: "a@b.c",
      current_stage: "None",
      source: "s3://b/k",
      status: "READY",
      tags: [
        { key: "a", value: "" },
        { key: "b", value: "2" },
      ],
    });
  });

  it("shows a registered model's aliases with string versions and leaves out empty lists", () => {
    const wire = toWireRegisteredModel({
      name: "m",
      createdAt: new Date(1),
      updatedAt: new Date(2),
      userId: null,
      description: "",
      tags: [],
      aliases: [{ alias: "champion", version: 2 }],
      latestVersions: [],
    });
    expect(wire).toEqual({
      name: "m",
      creation_timestamp: 1,
      last_updated_timestamp: 2,
      aliases: [{ alias: "champion", version: "2" }],
    });
  });

  it("maps stage names both ways, case-insensitively", () => {
    expect(stageFromMlflow("production")).toBe("PRODUCTION");
    expect(stageFromMlflow("None")).toBe("DEVELOPMENT");
    expect(stageFromMlflow("Live")).toBeNull();
  });
});

describe("order_by", () => {
  it("adds MLflow's tie-breakers and reads aliases", () => {
    expect(parseOrderBy(["timestamp DESC"], "registered_model")).toEqual([
      { column: "creation_timestamp", descending: true },
      { column: "name", descending: false },
    ]);
    expect(parseOrderBy(["version DESC"], "model_version")).toEqual([
      { column: "version_number", descending: true },
      { column: "name", descending: false },
    ]);
  });

  it("orders by MLflow's defaults: models by name, versions most recently changed first", () => {
    expect(parseOrderBy([], "registered_model")).toEqual([{ column: "name", descending: false }]);
    expect(parseOrderBy([], "model_version")).toEqual([
      { column: "last_updated_timestamp", descending: true },
      { column: "name", descending: false },
      { column: "version_number", descending: true },
    ]);
  });

  it("refuses unknown columns and directions", () => {
    expect(() => parseOrderBy(["version_number"], "registered_model")).toThrow(/Invalid order_by/);
    expect(() => parseOrderBy(["name UP"], "model_version")).toThrow(/Invalid order_by/);
  });
});

describe("page tokens", () => {
  it("round-trip an offset and refuse anything else", () => {
    expect(decodePageToken(encodePageToken(200))).toBe(200);
    expect(decodePageToken(undefined)).toBe(0);
    expect(decodePageToken("nonsense")).toBeNull();
    expect(decodePageToken(Buffer.from('{"offset":-1}').toString("base64url"))).toBeNull();
  });
});

describe("slugs from MLflow names", () => {
  it("derive a valid slug and make it unique", () => {
    expect(slugBase("Sentiment Model (v2)")).toBe("sentiment-model-v2");
    expect(slugBase("Modèle été")).toBe("modele-ete");
    expect(slugBase("!!!")).toBe("model");
    expect(firstFreeSlug("m", new Set(["m", "m-2"]))).toBe("m-3");
  });
});

describe("download URIs", () => {
  it("prefer uploaded bytes, then the registered source, then the references' shared folder", () => {
    const base = { id: "v1", hasUploads: false, source: null, referenceUris: [] as string[] };
    expect(downloadUri({ ...base, hasUploads: true, source: "s3://x" })).toBe(
      "mlflow-artifacts:/registry/v1",
    );
    expect(downloadUri({ ...base, source: "runs:/r/model" })).toBe("runs:/r/model");
    expect(downloadUri({ ...base, referenceUris: ["s3://b/m/a.bin", "s3://b/m/c.json"] })).toBe("s3://b/m");
    expect(downloadUri({ ...base, referenceUris: ["s3://b/a.bin"] })).toBe("s3://b/a.bin");
    expect(downloadUri(base)).toBeNull();
  });

  it("give uploaded bytes as a full URL of the proxy route when the app's address is configured", () => {
    const uploaded = { id: "v1", hasUploads: true, source: null, referenceUris: [] as string[] };
    const artifactsOrigin = parseArtifactsOrigin("https://registry.example:8443/ignored/path");
    expect(artifactsOrigin).toBe("https://registry.example:8443");
    expect(downloadUri(uploaded, { artifactsOrigin })).toBe(
      "https://registry.example:8443/api/2.0/mlflow-artifacts/artifacts/registry/v1",
    );
    expect(parseArtifactsOrigin("ftp://registry.example")).toBeNull();
    expect(parseArtifactsOrigin("not a url")).toBeNull();
    expect(parseArtifactsOrigin(undefined)).toBeNull();
  });
});
