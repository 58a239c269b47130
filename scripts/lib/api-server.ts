/**
 * The server `npm start` puts in front of Next (docs/decisions/014-api-served-beside-next.md): API paths
 * go straight to their route handlers, the very modules under app/api and app/ajax-api, found on disk
 * the way Next finds them (lib/http/route-pattern.ts); pages, sign-in and everything else are handed to
 * `next start` on a loopback port. Next's request pipeline costs about 2 ms an API call (routing, two
 * socket writes per answer), which pipelines calling the API in a loop pay on every call.
 */
import { readdirSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import httpProxy from "http-proxy";
import { NextRequest } from "next/server";
import { createRouteMatcher, parseRoutePath, type RouteParams } from "@/lib/http/route-pattern";
import { API_CONTENT_SECURITY_POLICY, HSTS, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

type Handler = (req: NextRequest, ctx: { params: Promise<RouteParams> }) => Promise<Response>;
type RouteModule = Partial<Record<string, Handler>>;
type ApiRoute = { file: string; load: () => Promise<RouteModule> };

const API_FOLDERS = ["api", "ajax-api"];
/** next-auth reads Next's own request scope, so its routes stay with Next. */
const LEFT_TO_NEXT = /^api\/auth(\/|$)/;
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every API route file under `appDir`, loaded on its first request. */
export function discoverApiRoutes(appDir: string) {
  const routes: { segments: ReturnType<typeof parseRoutePath>; route: ApiRoute }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(appDir, folder), { withFileTypes: true })) {
      const relative = path.posix.join(folder, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name === "route.ts" && !LEFT_TO_NEXT.test(folder)) {
        const file = path.join(appDir, relative);
        let loaded: Promise<RouteModule> | undefined;
        routes.push({
          segments: parseRoutePath(folder),
          route: { file, load: () => (loaded ??= import(file) as Promise<RouteModule>) },
        });
      }
    }
  };
  for (const folder of API_FOLDERS) walk(folder);
  return routes;
}

/**
 * The caller's address appended to X-Forwarded-For as the socket saw it, so that the last entry is one
 * a client cannot choose (lib/server/auth/password-sign-in.ts reads it for the per-address limit).
 */
function forwardedFor(incoming: IncomingMessage): string {
  const socketAddress = incoming.socket.remoteAddress ?? "unknown";
  const given = incoming.headers["x-forwarded-for"];
  const earlier = Array.isArray(given) ? given.join(", ") : given;
  return earlier ? `${earlier}, ${socketAddress}` : socketAddress;
}

function toNextRequest(incoming: IncomingMessage): NextRequest {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i < raw.length; i += 2)
    if (raw[i]!.toLowerCase() !== "x-forwarded-for") headers.append(raw[i]!, raw[i + 1]!);
  headers.set("x-forwarded-for", forwardedFor(incoming));
  const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host ?? "localhost"}`);
  const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
  return new NextRequest(url, {
    method: incoming.method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
    // Node's fetch needs `duplex` to take a streamed body.
    duplex: "half",
  });
}

/** The headers next.config.ts gives API answers when Next serves them; a route's own headers win. */
function setApiSecurityHeaders(incoming: IncomingMessage, res: ServerResponse) {
  const set = (name: string, value: string) => {
    if (!res.hasHeader(name)) res.setHeader(name, value);
  };
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) set(name, value);
  set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  const proto = incoming.headers["x-forwarded-proto"];
  if (
    String(proto ?? "")
      .split(",")[0]
      ?.trim() === "https"
  )
    set("Strict-Transport-Security", HSTS);
}

/**
 * Writes a fetch Response to Node's response. A body that arrives whole (JSON, most answers) goes out
 * with its headers in one write; a streamed one (downloads, exports) is copied as it comes, stopping
 * when the client goes away.
 */
async function sendResponse(incoming: IncomingMessage, response: Response, res: ServerResponse) {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== "set-cookie") res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  setApiSecurityHeaders(incoming, res);
  if (!response.body || incoming.method === "HEAD") {
    await response.body?.cancel();
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const first = await reader.read();
  if (first.done) return void res.end();
  const second = await reader.read();
  if (second.done) return void res.end(first.value);
  let clientGone = false;
  res.once("close", () => {
    clientGone = !res.writableFinished;
    if (clientGone) void reader.cancel();
  });
  // A full socket buffer waits for "drain", or for "close" when the client leaves meanwhile.
  const write = async (bytes: Uint8Array) => {
    if (res.write(bytes)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off("drain", done);
        res.off("close", done);
        resolve();
      };
      res.on("drain", done);
      res.on("close", done);
    });
  };
  await write(first.value);
  let chunk: ReadableStreamReadResult<Uint8Array> = second;
  for (; !chunk.done && !clientGone; chunk = await reader.read()) await write(chunk.value);
  res.end();
}

async function answerApi(
  incoming: IncomingMessage,
  res: ServerResponse,
  route: ApiRoute,
  params: RouteParams,
  log: (line: string) => void,
) {
  try {
    const handlers = await route.load();
    const allowed = METHODS.filter(
      (m) => typeof handlers[m] === "function" || (m === "HEAD" && handlers.GET),
    );
    const method = incoming.method === "HEAD" && !handlers.HEAD ? "GET" : (incoming.method ?? "GET");
    const handler = handlers[method];
    if (!handler || !METHODS.includes(method)) {
      // As Next answers: OPTIONS lists the methods, any other unknown method is a 405.
      res.statusCode = incoming.method === "OPTIONS" ? 204 : 405;
      res.setHeader("Allow", [...allowed, "OPTIONS"].join(", "));
      setApiSecurityHeaders(incoming, res);
      return void res.end();
    }
    const response = await handler(toNextRequest(incoming), { params: Promise.resolve(params) });
    await sendResponse(incoming, response, res);
  } catch (error) {
    log(
      `[api] ${incoming.method} ${incoming.url} failed: ${error instanceof Error ? error.stack : String(error)}`,
    );
    if (res.headersSent) return void res.destroy();
    res.statusCode = 500;
    res.setHeader("content-type", "application/json; charset=utf-8");
    setApiSecurityHeaders(incoming, res);
    res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side" } }));
  }
}

/** The front server: API routes answered here, everything else proxied to Next at `nextOrigin`. */
export function createFrontServer(options: {
  appDir: string;
  nextOrigin: string;
  log: (line: string) => void;
}) {
  const match = createRouteMatcher(discoverApiRoutes(options.appDir));
  const proxy = httpProxy.createProxyServer({ target: options.nextOrigin });
  proxy.on("error", (error, _req, res) => {
    options.log(`[app] Next did not answer: ${error.message}`);
    if (res instanceof http.ServerResponse && !res.headersSent) {
      res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      res.end("The app is starting or restarting; try again in a moment.");
    } else res.destroy();
  });
  return http.createServer((incoming, res) => {
    const pathname = (incoming.url ?? "/").split("?")[0]!;
    const found = API_FOLDERS.some((folder) => pathname.startsWith(`/${folder}/`)) ? match(pathname) : null;
    if (found) return void answerApi(incoming, res, found.route, found.params, options.log);
    incoming.headers["x-forwarded-for"] = forwardedFor(incoming);
    proxy.web(incoming, res);
  });
}
