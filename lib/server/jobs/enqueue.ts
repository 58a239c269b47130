import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/server/db";
import { JOB_SCHEMA, QUEUES, type QueueName } from "./queues";

// Only ever given a transaction's executor (below): it never opens a connection of its own.
const sender = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => {
      throw new Error("jobs are enqueued inside a transaction: pass it to enqueue()");
    },
  },
});

// pg-boss leaves unset options undefined (as pg reads it: null), and passes the payload as an object
// its SQL casts from text ($3::jsonb): hand both over as the driver would.
const asParameter = (value: unknown) =>
  value === undefined ? null : value !== null && typeof value === "object" ? JSON.stringify(value) : value;

/**
 * Enqueues a job in the caller's transaction (an outbox): it exists exactly when the change that
 * caused it commits, and a rollback takes it back. pg-boss runs its own INSERT through this
 * transaction's connection.
 */
export async function enqueue(
  tx: Tx,
  queue: QueueName,
  data: Record<string, unknown>,
  options: { singletonKey?: string; startAfterMs?: number } = {},
): Promise<string | null> {
  const db = {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(asParameter)),
    }),
  };
  const id = await sender.send(queue, data, {
    db,
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    // seconds from the database's now(), not this machine's clock
    ...(options.startAfterMs ? { startAfter: options.startAfterMs / 1000 } : {}),
  });
  // A "short" queue keeps one waiting job per key, so no id there means one already waits. Anywhere
  // else it means the queue does not exist, and the job would be lost without a word.
  const policy = Object.values(QUEUES).find((q) => q.name === queue)?.policy;
  if (!id && policy !== "short")
    throw new Error(`job queue "${queue}" is not installed: run \`npm run db:migrate\``);
  return id;
}
