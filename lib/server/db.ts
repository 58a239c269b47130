import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { PrismaClient } from "@/generated/prisma/client";

// One client per process. In development, Next re-evaluates modules on every edit; keeping the client
// on globalThis stops each reload from opening a new pool.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

/**
 * The connections, shared by Prisma's driver adapter and the raw statements of lib/server/sql.ts. Ended
 * with the client (`db.$disconnect()`).
 */
export function driverPool(): pg.Pool {
  if (!globalForPrisma.pool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error(
        "DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database",
      );
    }
    const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection the server closed (a restart): the pool drops it and opens another on demand.
    pool.on("error", () => {});
    globalForPrisma.pool = pool;
  }
  return globalForPrisma.pool;
}

function createClient() {
  const pool = driverPool();
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Prisma's defaults (2 s to get a connection, 5 s per transaction) fail under bursts: audit appends
    // are serialised, so a transaction may queue behind others for a while before it runs.
    transactionOptions: { maxWait: 10_000, timeout: 30_000 },
  });
}

function client(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

// Created on first use rather than at import: `next build` imports route modules with no database.
export const db = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(client(), property, client()),
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** A transaction or the client: readers that also run inside a caller's transaction take either. */
export type Db = Tx | PrismaClient;

/**
 * An id for a row written in raw SQL, where Prisma's cuid default does not apply: a UUIDv7, which like a
 * cuid grows with time (and within one millisecond, per process), so ordering by id stays ordering by
 * insertion, as readers of lineage edges and dataset usages expect.
 */
export const newRowId = (): string => uuidv7();
