/**
 * Registry rows: registering a version, listing and searching versions and models, and the data a
 * version page loads, over HTTP (what a client sees) beside the service call in this process.
 */
import type { Principal } from "@/lib/auth/permissions";
import { listEntityEvents } from "@/lib/server/audit/list-entity-events";
import { listArtifacts } from "@/lib/server/artifacts/list-artifacts";
import { getLineage } from "@/lib/server/lineage/get-lineage";
import { listModels } from "@/lib/server/models/list-models";
import { getVersionOrThrow } from "@/lib/server/versions/get-version";
import { listVersions } from "@/lib/server/versions/list-versions";
import type { BenchTable } from "./harness";
import type { ScaleFixture } from "./seed-scale";

type Get = (pathAndQuery: string) => Promise<string>;
type Post = (path: string, body: unknown) => Promise<string>;

/**
 * POST with a read-write token; anything but 201 fails the benchmark loudly. A string body is sent as it
 * is (JSON made before timing, so a row measures the server rather than this process encoding).
 */
export function apiPoster(baseUrl: string, token: string): Post {
  return async (path, body) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== 201)
      throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return text;
  };
}

// FINE_TUNED bench models (see seed-scale: kind = m % 4, except m % 50 = 1): spread the writes over several.
const FINE_TUNED_MODELS = [4, 8, 12, 16, 20, 24, 28, 32].map((m) => `bench-model-${m}`);

export async function benchRegistry(
  table: BenchTable,
  get: Get,
  post: Post,
  principal: Principal,
  f: ScaleFixture,
) {
  let n = 0;
  const registration = () => ({
    parents: [{ versionId: f.treeRootId, relation: "FINETUNED_FROM" }],
    hyperparameters: { learning_rate: 2e-4, epochs: 3, batch_size: 16 },
    codeCommit: "0123456789abcdef0123456789abcdef01234567",
    tags: ["bench"],
  });
  await table.measure(
    "register a version (JSON, 1 parent, no upload)",
    "HTTP",
    () => post(`/models/${FINE_TUNED_MODELS[n++ % FINE_TUNED_MODELS.length]}/versions`, registration()),
    {
      note: "version + edge + audit event, one statement",
    },
  );

  const lists: [string, string, Parameters<typeof listVersions>[1]][] = [
    ["list versions: newest 50", "limit=50", { limit: 50 }],
    [
      "list versions: stage + kind filter",
      "stage=PRODUCTION&kind=FINE_TUNED&limit=50",
      { stage: "PRODUCTION", kind: "FINE_TUNED", limit: 50 },
    ],
    ["search versions: q=bench-model-777", "q=bench-model-777&limit=50", { q: "bench-model-777", limit: 50 }],
    [
      "list versions: one model (model=bench-model-900)",
      "model=bench-model-900&limit=50",
      { model: "bench-model-900", limit: 50 },
    ],
  ];
  for (const [name, query, serviceQuery] of lists) {
    const page = await listVersions(principal, serviceQuery);
    await table.measure(name, "HTTP", () => get(`/versions?${query}`), {
      note: `${page.items.length} items of 100,000`,
    });
    await table.measure(name, "service", () => listVersions(principal, serviceQuery));
  }

  const models = await listModels(principal, { q: "model 77", sort: "name", limit: 50 });
  await table.measure(
    "search models: q='model 77', by name",
    "HTTP",
    () => get(`/models?q=model%2077&sort=name&limit=50`),
    { note: `${models.items.length} items of 5,000` },
  );
  await table.measure("search models: q='model 77', by name", "service", () =>
    listModels(principal, { q: "model 77", sort: "name", limit: 50 }),
  );

  await table.measure("version page data: GET /versions/{id}", "HTTP", () => get(`/versions/${f.treeMidId}`));
  await table.measure(
    "version page data: GET /versions/{id}",
    "service",
    () =>
      Promise.all([
        getVersionOrThrow(principal, f.treeMidId),
        listArtifacts(f.treeMidId, { limit: 50 }),
        listEntityEvents("model_version", f.treeMidId, { limit: 20 }),
        getLineage(f.treeMidId, { direction: "both", depth: 1 }),
      ]),
    { note: "service: version + artifacts + change log + nearest lineage" },
  );
}
