import "server-only";
import PgBoss from "pg-boss";
import { JOB_HANDLERS, JOB_SCHEDULES } from "./handlers";
import { JOB_SCHEMA } from "./queues";

export type JobWorker = { stop: () => Promise<void> };

/** How often an idle worker looks for jobs (`JOB_POLL_SECONDS`, at least 0.5). */
const pollSeconds = () => Math.max(0.5, Number(process.env.JOB_POLL_SECONDS) || 2);

/**
 * Runs every queue's handler until stopped: inside `npm start` by default (JOB_WORKER=off leaves the
 * web process without one), or alone as `npm run worker` (scripts/worker.ts). Any number of workers
 * may run against one database: pg-boss hands each job to one of them (SKIP LOCKED), and the cron
 * schedules fire once per minute slot across all of them.
 */
export async function startJobWorker(
  databaseUrl: string,
  log: (line: string) => void = (line) => console.error(line),
): Promise<JobWorker> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_SCHEMA,
    application_name: "model-registry-worker",
    max: 4,
    // the migrator installed the schema; a worker never changes it
    migrate: false,
    // how soon a crashed worker's active jobs are handed out again, once their expireInSeconds passed
    maintenanceIntervalSeconds: Math.max(1, Number(process.env.JOB_MAINTENANCE_SECONDS) || 30),
  });
  let stopping = false;
  // while stopping, connections end under the queue's feet (PostgreSQL may be stopping too): not news
  boss.on("error", (error: Error) => stopping || log(`[jobs] ${error.message}`));
  await boss.start();
  for (const [queue, handle] of Object.entries(JOB_HANDLERS)) {
    await boss.work(queue, { pollingIntervalSeconds: pollSeconds(), batchSize: 1 }, async ([job]) => {
      try {
        await handle(job!.data as never);
      } catch (error) {
        log(
          `[jobs] ${queue} ${job!.id} failed (it will be retried): ${error instanceof Error ? error.message : String(error)}`,
        );
        throw error;
      }
    });
  }
  for (const { queue, cron } of JOB_SCHEDULES()) await boss.schedule(queue, cron, {}, { tz: "UTC" });
  log(`[jobs] worker started (${Object.keys(JOB_HANDLERS).join(", ")})`);
  return {
    // Waits for the job in hand (up to 10 s); one still running then is failed and runs again later.
    stop: () => {
      stopping = true;
      return boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
