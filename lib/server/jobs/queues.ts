/**
 * Every queue of the job queue (pg-boss) and how it retries. A handler that throws, or a worker that
 * dies mid-job (the job stays active until `expireInSeconds` passes), gets the job again, so every
 * handler is written to be run twice safely. No "server-only": the migrator installs these.
 */
export const QUEUES = {
  /** re-judges one PRODUCTION version's fairness and drift against the policies in force */
  alertCheckVersion: {
    name: "alert-check-version",
    // one waiting job per version (the singleton key): ten uploads in a row need one check after them
    policy: "short",
    retryLimit: 3,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  /** the scheduled sweep: every PRODUCTION version, long-pending promotions, overdue erasure requests */
  alertSweep: {
    name: "alert-sweep",
    policy: "short",
    retryLimit: 2,
    retryDelay: 60,
    retryBackoff: false,
    expireInSeconds: 900,
  },
  /**
   * one try of one webhook delivery. A receiver's refusal is not an error here: the handler logs the
   * attempt and enqueues the next one on the webhook schedule (lib/webhooks/backoff.ts); these retries
   * only cover a crash or a lost database connection.
   */
  webhookDeliver: {
    name: "webhook-deliver",
    policy: "standard",
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 60,
  },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];

/** pg-boss keeps its tables in this schema of the application's database. */
export const JOB_SCHEMA = "pgboss";
