/**
 * MLflow-API rows, as MLflow's Python client calls the API: a registered model created and its first
 * version registered (the pair `mlflow.register_model` makes; each write one transaction with its audit
 * event), and filtered searches: one model by exact name, and a LIKE on names with a tag condition.
 * HTTP is what a client sees; "in-process" calls the same route handler without the socket. Throughput
 * is calls over the wall time of the measured HTTP calls: sequential, then from several clients at once.
 * `npm run bench -- --mlflow-url=URL` runs the HTTP rows against any MLflow-compatible server (MLflow's
 * own included; `MLFLOW_TRACKING_TOKEN` is sent as the Bearer token when set), for a ratio measured on
 * one machine in one session.
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

function request(
  baseUrl: string,
  token: string | undefined,
  method: "GET" | "POST",
  path: string,
  body: Body,
) {
  const query = method === "GET" ? `?${new URLSearchParams(body as Record<string, string>)}` : "";
  return {
    url: `${baseUrl}/api/2.0/mlflow/${path}${query}`,
    init: {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        "content-type": "application/json",
      },
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
  (baseUrl: string, token: string | undefined): Call =>
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
/** Clients at once in the concurrent rows: what a few pipelines and a CI matrix send together. */
const CLIENTS = 8;

/** The three MLflow workloads over one way of calling; `prefix` keeps each run's names apart. */
function workloads(call: Call, prefix: string) {
  let created = 0;
  let byName = 0;
  let liked = 0;
  return {
    [PAIR]: async () => {
      const i = created++;
      const name = `${prefix} ${i}`;
      await call("POST", "registered-models/create", {
        name,
        tags: [{ key: "k", value: i % 10 === 0 ? "v" : "w" }],
      });
      await call("POST", "model-versions/create", {
        name,
        source: `s3://bench/${prefix.replaceAll(" ", "-")}/${i}/model`,
        run_id: `run-${i}`,
      });
    },
    [BY_NAME]: () =>
      call("GET", "registered-models/search", { filter: `name = '${prefix} ${byName++ % created}'` }),
    [LIKE_AND_TAG]: () =>
      call("GET", "registered-models/search", {
        filter: `name LIKE '${prefix} ${liked++ % 10}%' AND tags.k = 'v'`,
        max_results: "100",
      }),
  };
}

/**
 * The MLflow rows: sequential over HTTP (and in-process when the app is ours), then the same calls from
 * CLIENTS clients at once. `inProcess` is false against another server (`--mlflow-url`, e.g. MLflow's own,
 * to compare on one machine in one session).
 */
export async function benchMlflow(
  table: BenchTable,
  baseUrl: string,
  token: string | undefined,
  { inProcess: alsoInProcess = true } = {},
) {
  const run = Date.now().toString(36);
  const ways: [string, Call][] = [["HTTP", overHttp(baseUrl, token)]];
  if (alsoInProcess && token) ways.push(["in-process", inProcess(token)]);
  for (const [column, call] of ways) {
    const work = workloads(call, `mlflow bench ${run} ${column}`);
    for (const [row, fn] of Object.entries(work))
      await measure(table, row, column, fn, row === PAIR ? "pairs" : "searches");
  }
  // A name prefix of its own, searched after its creates, as in the sequential rows.
  const work = workloads(overHttp(baseUrl, token), `mlflow bench ${run} concurrent`);
  for (const [row, fn] of Object.entries(work)) {
    const { perSecond } = await table.measureConcurrently(`${row}, ${CLIENTS} clients at once`, "HTTP", fn, {
      calls: CALLS,
      concurrency: CLIENTS,
    });
    table.note(
      `${row}, ${CLIENTS} clients at once`,
      `${perSecond.toFixed(0)} ${row === PAIR ? "pairs" : "searches"}/s with ${CLIENTS} clients`,
    );
  }
}
