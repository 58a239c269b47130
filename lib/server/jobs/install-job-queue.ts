/**
 * Installs (or upgrades) the job queue's tables in the `pgboss` schema and creates every queue, so a
 * job can be enqueued in any transaction from then on. Run by the migrator (scripts/lib/migrate.ts) on
 * every database it migrates: the app's, the tests' template and the benchmark's.
 */
import PgBoss from "pg-boss";
import { JOB_SCHEMA, QUEUES } from "./queues";

export async function installJobQueue(databaseUrl: string) {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
    migrate: true,
  });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const queue of Object.values(QUEUES)) {
      if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
      else await boss.createQueue(queue.name, queue);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
}
