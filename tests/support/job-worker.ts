/**
 * The job worker inside an integration test file, polling fast, stopped after the file: the worker and
 * the Prisma pool would otherwise keep vitest's worker alive. Webhook settings a test needs (local
 * targets, a retry schedule of fractions of a second) are set before anything reads them.
 */
import { afterAll, beforeAll } from "vitest";
import type { JobWorker } from "@/lib/server/jobs/worker";

export function withJobWorker(env: Record<string, string> = {}) {
  Object.assign(process.env, {
    WEBHOOK_ALLOW_LOCAL: "true",
    JOB_POLL_SECONDS: "0.5",
    ...env,
  });
  let worker: JobWorker;
  beforeAll(async () => {
    const { startJobWorker } = await import("@/lib/server/jobs/worker");
    worker = await startJobWorker(process.env.DATABASE_URL!, () => {});
  });
  afterAll(async () => {
    await worker?.stop();
  });
}

/** Polls `read` until `done` holds of its value (or fails after `ms`). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  ms = 20_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`still not done after ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
