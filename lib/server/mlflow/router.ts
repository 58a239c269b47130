import "server-only";
import type { NextRequest } from "next/server";
import { requirePermission, type Permission, type Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { unsafeTextReason } from "@/lib/http/unsafe-input";
import { fromAppError, MlflowError } from "@/lib/mlflow/errors";
import { FilterError } from "@/lib/mlflow/filter";
import { OrderByError } from "@/lib/mlflow/order-by";
import { authenticate, jsonResponse, MAX_JSON_BYTES, toAppError } from "@/lib/server/http/with-api";
import { parseJsonBody, readBodyText } from "@/lib/server/imports/read-body";

export type MlflowMethod = "GET" | "POST" | "PATCH" | "DELETE";
/** What reading the registry takes: a read-only token may call such an endpoint whatever its method. */
export const READ_PERMISSION = "registry.read" satisfies Permission;
export type MlflowEndpoint = {
  permission: Permission;
  run: (principal: Principal, input: unknown, req: NextRequest, path: string) => Promise<unknown>;
};
/** Path under the router's root (`registered-models/create`) -> method -> endpoint. */
export type MlflowEndpoints = Record<string, Partial<Record<MlflowMethod, MlflowEndpoint>>>;
/** The endpoint for a path and method, when a table of exact paths is not enough (artifact paths). */
export type MlflowResolver = (path: string, method: string) => MlflowEndpoint | undefined;
type RouteContext = { params: Promise<{ path?: string[] }> };

/** Query parameters as MLflow's server reads them: a parameter given several times is a list. */
function queryObject(req: NextRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of req.nextUrl.searchParams.entries()) {
    const reason = unsafeTextReason(name) ?? unsafeTextReason(value);
    if (reason)
      throw new MlflowError("INVALID_PARAMETER_VALUE", `Invalid value for parameter '${name}': ${reason}`);
    const key = name.replace(/\[\d*\]$/, "");
    const existing = out[key];
    out[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return out;
}

/**
 * The request message: GET takes query parameters; POST, PATCH and DELETE take JSON (DELETE with a body,
 * or its parameters in the query). Old clients send the JSON encoded twice, as MLflow's server tolerates.
 */
async function readMessage(req: NextRequest): Promise<unknown> {
  if (req.method === "GET") return queryObject(req);
  const text = await readBodyText(req, MAX_JSON_BYTES);
  if (!text.trim()) return queryObject(req);
  const body = parseJsonBody(text);
  return typeof body === "string" ? parseJsonBody(body) : body;
}

export function toMlflowError(error: unknown): MlflowError | null {
  if (error instanceof MlflowError) return error;
  if (error instanceof FilterError || error instanceof OrderByError)
    return new MlflowError("INVALID_PARAMETER_VALUE", error.message);
  const appError = error instanceof AppError ? error : toAppError(error);
  if (appError) return fromAppError(appError.code, appError.message, appError.fields, appError.details);
  return null;
}

export function mlflowErrorResponse(error: unknown, req: NextRequest): Response {
  const known = toMlflowError(error);
  if (known) return jsonResponse(known.toJSON(), known.status);
  console.error(`[mlflow] ${req.method} ${req.nextUrl.pathname} failed`, error);
  return jsonResponse({ error_code: "INTERNAL_ERROR", message: "Something went wrong on our side" }, 500);
}

/**
 * One route handler for a tree of MLflow endpoints. Authentication and the role check are withApi's
 * (same tokens, same sessions, same permission table), in the same order: 401, then 403, then the
 * endpoint's own checks; every error is MLflow's `{ error_code, message }` with MLflow's status.
 */
export function mlflowRouter(endpoints: MlflowEndpoints | MlflowResolver) {
  const resolve: MlflowResolver =
    typeof endpoints === "function" ? endpoints : (path, method) => endpoints[path]?.[method as MlflowMethod];
  return async (req: NextRequest, route: RouteContext): Promise<Response> => {
    try {
      const path = ((await route.params).path ?? []).join("/");
      const endpoint = resolve(path, req.method);
      if (!endpoint)
        throw new MlflowError(
          "ENDPOINT_NOT_FOUND",
          `No MLflow endpoint answers ${req.method} ${req.nextUrl.pathname}`,
        );
      const principal = await authenticate(req, {
        changes: endpoint.permission !== READ_PERMISSION,
        basic: true,
      });
      requirePermission(principal, endpoint.permission);
      const result = await endpoint.run(principal, await readMessage(req), req, path);
      return result instanceof Response ? result : jsonResponse(result ?? {});
    } catch (error) {
      return mlflowErrorResponse(error, req);
    }
  };
}
