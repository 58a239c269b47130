/**
 * MLflow-API rows, as MLflow's Python client calls the API: a registered model created and its first
 * version registered (the pair `mlflow.register_model` makes; each write one transaction with its audit
 * event), and filtered searches: one model by exact name, and a LIKE on names with a tag condition.
 * HTTP is what a client sees; "in-process" calls the same route handler without the socket and Next's
 * request handling. Throughput is calls over the wall time of the measured (sequential) HTTP calls.
 */
import { performance } from "node:perf_hooks";
import { NextRequest } from "next/server";
import { REGISTRY_ENDPOINTS } from "@/lib/server/mlflow/registry-endpoints";
import { mlflowRouter } from "@/lib/server/mlflow/router";
import type { BenchTable } from "./harness";

const CALLS = 200;
const WARMUP = 20;

type Body = Record<string, unknown>;
type Call = (method: "GET" | "POST", path: string, body: Body) => Promise<unknown>;

function request(baseUrl: string, token: string, method: "GET" | "POST", path: string, body: Body) {
  const query = method === "GET" ? `?${new URLSearchParams(body as Record<string, string>)}` : "";
  return {
    url: `${baseUrl}/api/2.0/mlflow/${path}${query}`,
    init: {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: method === "GET" ? undefined : JSON.stringify(body),
    },
  };
}

async function expectOk(response: Response, what: string) {
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${what} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

const overHttp =
  (baseUrl: string, token: string): Call =>
  async (method, path, body) => {
    const { url, init } = request(baseUrl, token, method, path, body);
    return expectOk(await fetch(url, init), `${method} ${path}`);
  };

const handler = mlflowRouter(REGISTRY_ENDPOINTS);
const inProcess =
  (token: string): Call =>
  async (method, path, body) => {
    const { url, init } = request("http://localhost", token, method, path, body);
    const response = await handler(new NextRequest(url, init), {
      params: Promise.resolve({ path: path.split("/") }),
    });
    return expectOk(response, `${method} ${path}`);
  };

/** Times CALLS sequential calls after WARMUP; the HTTP column also notes its throughput. */
async function measure(
  table: BenchTable,
  row: string,
  column: string,
  fn: () => Promise<unknown>,
  unit: string,
) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const start = performance.now();
  await table.measure(row, column, fn, { iterations: CALLS, warmup: 0 });
  const seconds = (performance.now() - start) / 1000;
  if (column === "HTTP") table.note(row, `${(CALLS / seconds).toFixed(0)} ${unit}/s sequential over HTTP`);
}

const PAIR = "MLflow: create registered model + model version";
const BY_NAME = "MLflow: search registered models, name = '...' (one hit)";
const LIKE_AND_TAG = "MLflow: search registered models, name LIKE '...%' AND tags.k = 'v'";

export async function benchMlflow(table: BenchTable, baseUrl: string, token: string) {
  const run = Date.now().toString(36);
  for (const [column, call] of [
    ["HTTP", overHttp(baseUrl, token)],
    ["in-process", inProcess(token)],
  ] as const) {
    const prefix = `mlflow bench ${run} ${column}`;
    let n = 0;
    await measure(
      table,
      PAIR,
      column,
      async () => {
        const i = n++;
        const name = `${prefix} ${i}`;
        await call("POST", "registered-models/create", {
          name,
          tags: [{ key: "k", value: i % 10 === 0 ? "v" : "w" }],
        });
        await call("POST", "model-versions/create", {
          name,
          source: `s3://bench/${run}/${column}/${i}/model`,
          run_id: `run-${run}-${i}`,
        });
      },
      "pairs",
    );
    let s = 0;
    await measure(
      table,
      BY_NAME,
      column,
      () => call("GET", "registered-models/search", { filter: `name = '${prefix} ${s++ % n}'` }),
      "searches",
    );
    let l = 0;
    await measure(
      table,
      LIKE_AND_TAG,
      column,
      () =>
        call("GET", "registered-models/search", {
          filter: `name LIKE '${prefix} ${l++ % 10}%' AND tags.k = 'v'`,
          max_results: "100",
        }),
      "searches",
    );
  }
}
