import "server-only";
import type { Tx } from "@/lib/server/db";
import { enqueue } from "@/lib/server/jobs/enqueue";
import { QUEUES } from "@/lib/server/jobs/queues";

/**
 * Asks the worker to re-judge a version's fairness and drift, in the transaction that stored new
 * results. One check waits per version however many uploads come before it runs; it reads the
 * results when it runs, so it sees them all.
 */
export async function enqueueAlertCheck(tx: Tx, versionId: string) {
  await enqueue(tx, QUEUES.alertCheckVersion.name, { versionId }, { singletonKey: versionId });
}
