/**
 * `npm run worker`: the job worker alone (alert checks, scheduled sweeps, webhook deliveries), for
 * running it apart from the web tier: start the web processes with JOB_WORKER=off and as many of these
 * as the work needs, against the same DATABASE_URL. Stops on SIGINT/SIGTERM after the job in hand.
 */
import { dataDir, resolveDatabase } from "./lib/environment";
import { migrate } from "./lib/migrate";

const log = (line: string) => console.error(line);

async function main() {
  const database = await resolveDatabase(log);
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = dataDir();
  process.env.WEBHOOK_ALLOW_LOCAL ??= database.embedded ? "true" : "false";
  await migrate(database.url, log);
  const { startJobWorker } = await import("@/lib/server/jobs/worker");
  const { db } = await import("@/lib/server/db");
  const worker = await startJobWorker(database.url, log);
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`[jobs] ${signal}: stopping`);
    await worker.stop().catch((error: unknown) => log(`[jobs] stop failed: ${String(error)}`));
    await db.$disconnect();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", (signal) => void shutdown(signal));
  process.on("SIGTERM", (signal) => void shutdown(signal));
}

main().catch((error) => {
  log(`[jobs] failed to start: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
