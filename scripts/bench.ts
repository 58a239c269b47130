/**
 * `npm run bench`: seeds scale data into a database of its own (see scripts/bench/bench-database.ts),
 * starts the real app on it with an API token, and times sequential requests after a warm-up
 * (p50/p95 over BENCH_ITERATIONS calls each, default 300), with the service-level time beside them.
 * `npm run bench -- --explain` also prints the query plans; `--only=lineage,metrics` runs some groups
 * (registry, lineage, promotions, metrics, ingestion, mlflow, drift-math; drift-math alone needs no database).
 * `--mlflow-url=http://host:5000` times the MLflow rows against that server instead (no database, no app).
 * Add rows with `table.measure(...)`.
 */
import { generateTokenSecret, hashTokenSecret } from "@/lib/server/auth/api-tokens";
import { db } from "@/lib/server/db";
import { openBenchDatabase } from "./bench/bench-database";
import { apiClient, startApp, type RunningApp } from "./bench/app-server";
import { benchDriftMath } from "./bench/drift-math-benchmarks";
import { BenchTable } from "./bench/harness";
import { benchIngestion } from "./bench/ingestion-benchmarks";
import { benchLineage, explainLineage } from "./bench/lineage-benchmarks";
import { benchMetrics, explainMetrics, seedDriftScale } from "./bench/metrics-benchmarks";
import { benchMlflow } from "./bench/mlflow-benchmarks";
import { benchPromotions } from "./bench/promotion-benchmarks";
import { apiPoster, benchRegistry } from "./bench/registry-benchmarks";
import { seedScale } from "./bench/seed-scale";

const log = (line: string) => console.error(line);
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const runs = (group: string) => !only || only.includes(group);
// The data scientist seed-scale creates; it owns every bench model through its team.
const BENCH_PRINCIPAL = {
  id: "bench-user",
  email: "bench@bench.local",
  name: "Bench",
  roles: ["DATA_SCIENTIST"] as const,
};

const mlflowUrl = process.argv.find((arg) => arg.startsWith("--mlflow-url="))?.slice("--mlflow-url=".length);

/** The MLflow rows against another server, e.g. MLflow's own, to compare with ours on this machine. */
async function benchOtherMlflowServer(url: string) {
  const table = new BenchTable();
  await benchMlflow(table, url.replace(/\/+$/, ""), process.env.MLFLOW_TRACKING_TOKEN, { inProcess: false });
  table.print(`MLflow rows against ${url}: sequential calls after a warm-up, then several clients at once`);
}

async function main() {
  if (mlflowUrl) return benchOtherMlflowServer(mlflowUrl);
  if (only?.length === 1 && only[0] === "drift-math") return benchDriftMath();
  const database = await openBenchDatabase(log);
  let app: RunningApp | undefined;
  try {
    const secret = generateTokenSecret();
    const fixture = await seedScale(
      database.url,
      { id: "bench-user", tokenHash: hashTokenSecret(secret), tokenPrefix: secret.slice(0, 10) },
      log,
    );
    if (runs("metrics")) await seedDriftScale(database.url, fixture.treeLeafId, log);
    // The service-level measurements run in this process, on the same database.
    process.env.DATABASE_URL = database.url;
    app = await startApp({ databaseUrl: database.url, dataDir: database.dataDir, log });
    log(`[bench] app ready at ${app.baseUrl}`);

    const table = new BenchTable();
    const get = apiClient(app.baseUrl, secret);
    if (runs("registry"))
      await benchRegistry(table, get, apiPoster(app.baseUrl, secret), BENCH_PRINCIPAL, fixture);
    if (runs("lineage")) await benchLineage(table, get, fixture);
    if (runs("promotions")) await benchPromotions(table, app.baseUrl, secret);
    if (runs("metrics")) await benchMetrics(table, get, BENCH_PRINCIPAL, fixture);
    if (runs("ingestion")) await benchIngestion(table, apiPoster(app.baseUrl, secret), fixture.treeRootId);
    if (runs("mlflow")) await benchMlflow(table, app.baseUrl, secret);
    table.print(
      "Sequential calls after a warm-up; HTTP = full response received by a client with a Bearer token; service = the function in-process",
    );
    if (process.argv.includes("--explain")) {
      if (runs("lineage")) await explainLineage(fixture);
      if (runs("metrics")) await explainMetrics(fixture);
    }
    if (runs("drift-math")) await benchDriftMath();
  } finally {
    await app?.stop();
    if (process.env.DATABASE_URL === database.url) await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
