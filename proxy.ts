import { NextResponse, type NextRequest } from "next/server";
import { serverActionRefusal } from "@/lib/server/http/server-action-guard";
import { contentSecurityPolicy, HSTS, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

/**
 * Sets the security headers on every answer, and refuses server action calls from other origins or
 * past the size limit before Next reads them. The Content-Security-Policy carries a fresh nonce per
 * request; Next reads it from the request's own CSP header and stamps its inline scripts with it.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const refusal = serverActionRefusal(request.method, request.headers);
  let response: NextResponse;
  if (refusal) {
    response = NextResponse.json(
      { error: { code: refusal.code, message: refusal.message } },
      { status: refusal.status },
    );
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  // Behind a proxy that ends TLS, the original scheme comes in X-Forwarded-Proto.
  const https =
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0] === "https";
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Next's hashed static files are immutable and carry no HTML. The API is left out as well: for every
  // request the proxy sees, Next first buffers the whole body in memory and hands the route at most
  // 10 MB of it, which would cut artifact uploads and metric files short (and hold gigabytes in memory).
  // The API's headers come from next.config.ts instead; its routes check origins themselves.
  matcher: [{ source: "/((?!api/|ajax-api/|_next/static|_next/image|favicon.ico).*)" }],
};
