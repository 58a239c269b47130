/**
 * Calls the MLflow-compatible route handlers in-process as MLflow's Python client calls them over HTTP:
 * GET with query parameters (a list as the parameter repeated), POST, PATCH and DELETE with JSON.
 */
import { NextRequest } from "next/server";
import * as artifacts from "@/app/api/2.0/mlflow-artifacts/[...path]/route";
import * as registry from "@/app/api/2.0/mlflow/[...path]/route";

type Handler = (req: NextRequest, ctx: { params: Promise<{ path?: string[] }> }) => Promise<Response>;
type Method = "GET" | "POST" | "PATCH" | "DELETE";

const handlers = (root: "mlflow" | "mlflow-artifacts"): Partial<Record<Method, Handler>> =>
  root === "mlflow" ? registry : artifacts;

export async function callMlflow(
  method: Method,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    query?: Record<string, string | string[]>;
    headers?: Record<string, string>;
    root?: "mlflow" | "mlflow-artifacts";
  } = {},
) {
  const root = options.root ?? "mlflow";
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query ?? {}))
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.body !== undefined) headers.set("content-type", "application/json");
  const url = `http://localhost/api/2.0/${root}/${path}${search.size ? `?${search}` : ""}`;
  const req = new NextRequest(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const handler = handlers(root)[method];
  if (!handler) throw new Error(`No ${method} handler under ${root}`);
  const response = await handler(req, { params: Promise.resolve({ path: path.split("/").filter(Boolean) }) });
  const bytes = Buffer.from(await response.arrayBuffer());
  const isJson = /json/.test(response.headers.get("content-type") ?? "");
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on many wire shapes
  const body: any = isJson && bytes.length ? JSON.parse(bytes.toString("utf8")) : bytes;
  return { status: response.status, body, headers: response.headers };
}
