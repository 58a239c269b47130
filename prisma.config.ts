import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The Prisma CLI reads the datasource url even for `generate`; without a value it falls back to
// the Rust engine and tries to download it (see docs/toolchain.md). Any value will do here.
process.env.DATABASE_URL ??= "postgresql://registry@127.0.0.1:1/registry";

export default defineConfig({
  schema: path.join("prisma", "schema"),
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
