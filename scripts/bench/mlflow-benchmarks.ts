/**
 * MLflow-API rows, over HTTP as MLflow's Python client calls it: a registered model created and its
 * first version registered (the pair `mlflow.register_model` makes; each write one transaction with its
 * audit event), and filtered searches: one model by exact name, and a LIKE on names with a tag
 * condition. Throughput is calls over the wall time of the measured (sequential) calls.
 */
import { performance } from "node:perf_hooks";
import type { BenchTable } from "./harness";

const CALLS = 200;
const WARMUP = 20;

type Call = (method: "GET" | "POST", path: string, body?: Record<string, unknown>) => Promise<string>;

function mlflowClient(baseUrl: string, token: string): Call {
  return async (method, path, body) => {
    const query = method === "GET" && body ? `?${new URLSearchParams(body as Record<string, string>)}` : "";
    const response = await fetch(`${baseUrl}/api/2.0/mlflow/${path}${query}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: method === "GET" ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return text;
  };
}

/** Times CALLS sequential calls after WARMUP, and notes their throughput. */
async function measureWithThroughput(
  table: BenchTable,
  row: string,
  fn: () => Promise<unknown>,
  unit: string,
) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const start = performance.now();
  await table.measure(row, "HTTP", fn, { iterations: CALLS, warmup: 0 });
  const seconds = (performance.now() - start) / 1000;
  table.note(row, `${(CALLS / seconds).toFixed(0)} ${unit}/s sequential`);
}

export async function benchMlflow(table: BenchTable, baseUrl: string, token: string) {
  const call = mlflowClient(baseUrl, token);
  const run = Date.now().toString(36);
  let n = 0;
  await measureWithThroughput(
    table,
    "MLflow: create registered model + model version",
    async () => {
      const i = n++;
      const name = `mlflow bench ${run} ${i}`;
      await call("POST", "registered-models/create", {
        name,
        tags: [{ key: "k", value: i % 10 === 0 ? "v" : "w" }],
      });
      await call("POST", "model-versions/create", {
        name,
        source: `s3://bench/${run}/${i}/model`,
        run_id: `run-${run}-${i}`,
      });
    },
    "pairs",
  );
  let s = 0;
  await measureWithThroughput(
    table,
    "MLflow: search registered models, name = '...' (one hit)",
    () =>
      call("GET", "registered-models/search", {
        filter: `name = 'mlflow bench ${run} ${s++ % n}'`,
      }),
    "searches",
  );
  let l = 0;
  await measureWithThroughput(
    table,
    "MLflow: search registered models, name LIKE '...%' AND tags.k = 'v'",
    () =>
      call("GET", "registered-models/search", {
        filter: `name LIKE 'mlflow bench ${run} ${l++ % 10}%' AND tags.k = 'v'`,
        max_results: "100",
      }),
    "searches",
  );
}
