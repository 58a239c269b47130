/**
 * Calls a Next.js route handler in-process with a real NextRequest: the same code path as HTTP minus the
 * socket. Authenticated with a Bearer token (session auth is covered by the browser tests).
 */
import { NextRequest } from "next/server";

type Handler<P> = (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>;

export async function callRoute<P extends Record<string, string> = Record<string, never>>(
  handler: Handler<P>,
  options: {
    url: string;
    method?: string;
    token?: string;
    body?: unknown;
    rawBody?: string | FormData;
    params?: P;
    headers?: Record<string, string>;
  },
) {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  let body: BodyInit | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set("content-type", "application/json");
  }
  const req = new NextRequest(new URL(options.url, "http://localhost"), {
    method: options.method ?? "GET",
    headers,
    body,
  });
  const response = await handler(req, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  const json = /\bjson\b/i.test(response.headers.get("content-type") ?? "");
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the shapes of many bodies
  const parsed: any = !text ? null : json ? JSON.parse(text) : text;
  return { status: response.status, body: parsed, headers: response.headers };
}
