import "server-only";
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { AppError, forbidden, unauthorized, validationError } from "@/lib/errors";
import { requirePermission, type Permission, type Principal } from "@/lib/auth/permissions";
import { authenticateApiToken } from "@/lib/server/auth/api-tokens";
import { databaseRefusal } from "@/lib/server/database-refusal";
import { unsafeTextReason } from "@/lib/http/unsafe-input";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { parseJsonBody, readBodyText } from "@/lib/server/imports/read-body";
import { sessionOf } from "@/lib/server/auth/user-sessions";
import { parseInput } from "@/lib/validation";
import { isSameOrigin } from "./same-origin";

export type ApiContext<P> = { req: NextRequest; principal: Principal; params: P };
type RouteContext<P> = { params: Promise<P> };

const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * A Bearer token, or the browser's own session for same-origin requests: the same checks follow either way.
 * The MLflow-compatible routes (lib/server/mlflow) authenticate through here too; some of their reads
 * are POSTs (MLflow's get-latest-versions), so `changes` says whether a read-only token may call, and
 * `basic` takes the token as a Basic password too (see tokenOf).
 */
export async function authenticate(
  req: NextRequest,
  { changes = !READ_METHODS.has(req.method), basic = false }: { changes?: boolean; basic?: boolean } = {},
): Promise<Principal> {
  const header = req.headers.get("authorization");
  if (header) {
    const token = tokenOf(header, { basic });
    const principal = token ? await authenticateApiToken(token) : null;
    if (!principal) throw unauthorized("The API token is missing, malformed, expired or revoked");
    if (changes && !principal.scopes.includes("write")) {
      throw forbidden("This token is read-only");
    }
    return principal;
  }
  // Reads the session cookie straight from this request (no dependence on Next's request scope).
  const session = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  const principal = session?.sub ? await loadPrincipal(session.sub, sessionOf(session)) : null;
  if (!principal) throw unauthorized();
  // Cookies ride along on cross-site requests; a session may only change things from our own pages.
  const origin = req.headers.get("origin");
  if (!READ_METHODS.has(req.method) && origin && !isSameOrigin(req.headers, origin)) {
    throw forbidden("Cross-origin requests need an API token");
  }
  return principal;
}

/**
 * The API token an Authorization header carries: `Bearer <token>`, or, where `basic` is allowed,
 * `Basic base64(<any user name>:<token>)`. MLflow's client sends Basic whenever MLFLOW_TRACKING_USERNAME
 * and MLFLOW_TRACKING_PASSWORD are set (for a tracking server with MLflow's own sign-in), to the
 * registry as well, in preference to MLFLOW_TRACKING_TOKEN.
 */
export function tokenOf(header: string, { basic }: { basic: boolean }): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1]!;
  const encoded = basic ? /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(header) : null;
  if (!encoded) return null;
  const credentials = Buffer.from(encoded[1]!, "base64").toString("utf8");
  const colon = credentials.indexOf(":");
  return colon >= 0 && colon < credentials.length - 1 ? credentials.slice(colon + 1) : null;
}

export function errorResponse(error: unknown, req?: NextRequest): NextResponse {
  const appError = toAppError(error);
  if (appError) return NextResponse.json(appError.toJSON(), { status: appError.status });
  console.error(`[api] ${req?.method ?? ""} ${req?.nextUrl.pathname ?? ""} failed`, error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side" } },
    { status: 500 },
  );
}

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const refusal = databaseRefusal(error);
  switch (refusal?.kind) {
    case "unique":
      return new AppError(
        "conflict",
        `That ${refusal.fields.join(", ")} is already taken`,
        Object.fromEntries(refusal.fields.map((f) => [f, "already taken"])),
      );
    // Services check what a write refers to before it; a foreign key that still fails lost a race
    // with a deletion, and the write left nothing.
    case "foreign_key":
      return new AppError(
        "conflict",
        "Something this refers to was removed while the change was being made; reload and try again",
      );
    // Two changes that waited on each other's locks (a deadlock, which PostgreSQL ends by failing one)
    // or a serialisation failure: the failed one left nothing and may simply be sent again.
    case "collision":
      return new AppError(
        "conflict",
        "The change collided with another one made at the same moment; try again",
      );
    case "missing":
      return new AppError("not_found", "The record was not found");
    default:
      return null;
  }
}

/**
 * Every /api/v1 handler goes through here, in the order docs/api-conventions.md fixes: 401 (credentials) -> 403 (the role
 * may not do this at all) -> the handler's own checks (400 input, 404 target, 403 ownership, 409/422).
 */
export function withApi<P = Record<string, never>>(
  handler: (ctx: ApiContext<P>) => Promise<Response | unknown>,
  options: { permission: Permission; status?: number },
) {
  const handle = async (req: NextRequest, route: RouteContext<P>): Promise<Response> => {
    try {
      const principal = await authenticate(req);
      requirePermission(principal, options.permission);
      const params = await route.params;
      refuseUnsafeAddress(req, params);
      const result = await handler({ req, principal, params });
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return jsonResponse(result, options.status ?? 200);
    } catch (error) {
      return errorResponse(error, req);
    }
  };
  // Read by the contract test (tests/integration/api-contract.int.test.ts): the permission and the
  // success status each route keeps must be the ones its OpenAPI operation documents.
  return Object.assign(handle, { permission: options.permission, successStatus: options.status ?? 200 });
}

/** The largest JSON body a route reads (metric uploads have limits of their own); past it, 413. */
export const MAX_JSON_BYTES = Number(process.env.MAX_JSON_BYTES) || 4 * 1024 ** 2;

/**
 * Parses the request body as JSON, reading no further than MAX_JSON_BYTES (413). A malformed body, or
 * one with text the database cannot store or nesting deeper than our shapes, is a 400 naming the field.
 */
export async function readJson(req: NextRequest): Promise<unknown> {
  const declared = Number(req.headers.get("content-length"));
  if (declared > MAX_JSON_BYTES) throw tooLarge();
  return parseJsonBody(await readBodyText(req, MAX_JSON_BYTES));
}

const tooLarge = () =>
  new AppError("payload_too_large", `The body is larger than ${MAX_JSON_BYTES.toLocaleString("en")} bytes`);

/** Path and query values the database could not take (a NUL, a lone surrogate) are a 400 up front. */
function refuseUnsafeAddress(req: NextRequest, params: unknown) {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    const reason = typeof value === "string" ? unsafeTextReason(value) : null;
    if (reason) fields[name] = reason;
  }
  for (const [name, value] of req.nextUrl.searchParams.entries()) {
    const reason = unsafeTextReason(name) ?? unsafeTextReason(value);
    if (reason) fields[unsafeTextReason(name) ? "query" : name] = reason;
  }
  if (Object.keys(fields).length > 0) throw validationError(fields);
}

/** Query parameters as a plain object, for a zod schema to parse. */
export const queryOf = (req: NextRequest) => Object.fromEntries(req.nextUrl.searchParams.entries());

/**
 * The JSON body, checked against the schema its service parses it with: a 400 naming every field, or
 * the body as that schema's input. The service parses it again (it is also called by forms and the
 * seed), so what reaches the database never depends on a route having checked.
 */
export async function readBody<S extends z.ZodType>(req: NextRequest, schema: S): Promise<z.input<S>> {
  const body = await readJson(req);
  parseInput(schema, body);
  return body as z.input<S>;
}

/** The query parameters, checked against the list's schema as readBody checks a body. */
export function readQuery<S extends z.ZodType>(req: NextRequest, schema: S): z.input<S> {
  const query = queryOf(req);
  parseInput(schema, query);
  return query as z.input<S>;
}

const bigintSafe = (_key: string, value: unknown) =>
  typeof value === "bigint"
    ? Number.isSafeInteger(Number(value))
      ? Number(value)
      : value.toString()
    : value;

/** JSON with bigints (row counts, byte sizes) as numbers when they fit, else strings. */
export function jsonResponse(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value, bigintSafe), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
