/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo data on an empty database,
 * a build when there is none or its sources changed since (scripts/lib/build-freshness.ts), the job worker (unless JOB_WORKER=off: then run `npm run worker` apart),
 * then `next start` on a loopback port behind the front server on PORT, which answers the API itself
 * (scripts/lib/api-server.ts). SIGINT/SIGTERM stop Next and the worker (after its job in hand), then
 * PostgreSQL. `--dev` runs `next dev` on PORT alone, so that edits reload. Runs under `exec tsx`, so
 * signals reach this process directly.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createFrontServer } from "./lib/api-server";
import { newerThanBuild } from "./lib/build-freshness";
import { freePort } from "./lib/embedded-postgres";
import { authSecret, dataDir, PROJECT_ROOT, resolveDatabase } from "./lib/environment";
import { migrate } from "./lib/migrate";
import { STAGING_SWEEP_INTERVAL_MS, sweepStagingFiles } from "@/lib/server/artifacts/sweep-staging";
import type { JobWorker } from "@/lib/server/jobs/worker";

const log = (line: string) => console.error(line);
const dev = process.argv.includes("--dev");
const nextBin = path.join(PROJECT_ROOT, "node_modules", ".bin", "next");

async function main() {
  const startedAt = Date.now();
  const port = process.env.PORT ?? "3000";
  const database = await resolveDatabase(log);
  let stopping = false;
  const stopDatabase = async () => {
    await database.stop().catch((error) => log(`[db] stop failed: ${String(error)}`));
  };

  // A local installation on the embedded database may point webhooks at loopback and private
  // addresses (a receiver on this machine); a deployment on its own DATABASE_URL must say so.
  process.env.WEBHOOK_ALLOW_LOCAL ??= database.embedded ? "true" : "false";
  process.env.DATA_DIR = dataDir();
  try {
    process.env.DATABASE_URL = database.url;
    await migrate(database.url, log);
    if (database.embedded || process.env.DEMO_DATA === "true") {
      const { seedDemoDataIfEmpty } = await import("./seed/seed-demo-data");
      await seedDemoDataIfEmpty(log);
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: port,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    DATA_DIR: dataDir(),
  };
  // The API routes answered by the front server run in this process, with what Next gets.
  Object.assign(process.env, env);

  const missing = !dev && !existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"));
  const changed = dev || missing ? null : newerThanBuild(PROJECT_ROOT);
  if (missing || changed) {
    log(
      missing
        ? "[app] no build found; running `next build` once (a few minutes on 2 cores)"
        : `[app] ${changed} changed after the last build; building again (a few minutes on 2 cores)`,
    );
    const build = spawnSync(nextBin, ["build"], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    if (build.status !== 0) {
      await stopDatabase();
      process.exit(build.status ?? 1);
    }
  }

  let worker: JobWorker | null = null;
  if (process.env.JOB_WORKER !== "off") {
    const { startJobWorker } = await import("@/lib/server/jobs/worker");
    worker = await startJobWorker(database.url, log);
  }
  // Once, whoever asks first: the signal (so the worker stops beside Next) or Next's exit.
  let workerStopped: Promise<void> | null = null;
  const stopWorker = () =>
    (workerStopped ??= (async () => {
      await worker?.stop().catch((error: unknown) => log(`[jobs] stop failed: ${String(error)}`));
      if (worker) await (await import("@/lib/server/db")).db.$disconnect();
    })());

  await sweepStaging(env.DATA_DIR!);
  setInterval(() => void sweepStaging(env.DATA_DIR!), STAGING_SWEEP_INTERVAL_MS).unref();

  // `API_SERVER=next` leaves the API to Next as well (slower; for comparing, or to rule the front server out).
  const fronted = !dev && process.env.API_SERVER !== "next";
  const nextPort = fronted ? String(await freePort()) : port;
  const nextArgs = dev
    ? ["dev", "--port", port]
    : ["start", ...(fronted ? ["--hostname", "127.0.0.1"] : []), "--port", nextPort];
  const next = spawn(nextBin, nextArgs, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
  // The route modules it loads run as they do under `next start`: in production mode.
  if (fronted) Object.assign(process.env, { NODE_ENV: "production" });
  const front = fronted
    ? createFrontServer({
        appDir: path.join(PROJECT_ROOT, "app"),
        nextOrigin: `http://127.0.0.1:${nextPort}`,
        log,
      })
    : null;
  front?.listen(Number(port));
  log(`[app] starting on ${env.NEXTAUTH_URL} (launcher ready in ${Date.now() - startedAt} ms)`);

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`[app] ${signal}: stopping`);
    next.kill(signal);
    front?.close();
    void stopWorker();
    // next start normally exits within a second; do not let a stuck child keep the database up.
    setTimeout(() => next.kill("SIGKILL"), 10_000).unref();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  next.on("exit", async (code) => {
    await stopWorker();
    await stopDatabase();
    log("[app] stopped");
    process.exit(stopping ? 0 : (code ?? 1));
  });
}

/** Upload staging files a crash left behind, at start and hourly (lib/server/artifacts/sweep-staging.ts). */
async function sweepStaging(dir: string) {
  const removed = await sweepStagingFiles(path.join(dir, "artifacts")).catch((error: unknown) => {
    log(`[artifacts] staging sweep failed: ${String(error)}`);
    return 0;
  });
  if (removed > 0) log(`[artifacts] removed ${removed} staging file(s) left by an interrupted upload`);
}

main().catch((error) => {
  log(`[app] failed to start: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
