/**
 * The real app for the benchmark: `scripts/start.ts` (which builds once when there is no build) against
 * the bench database, on a free port, plus a client that times what an API client sees.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { freePort } from "../lib/embedded-postgres";
import { PROJECT_ROOT } from "../lib/environment";

export type RunningApp = { baseUrl: string; stop: () => Promise<void> };

export async function startApp(options: {
  databaseUrl: string;
  dataDir: string;
  log: (line: string) => void;
}): Promise<RunningApp> {
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const child = spawn(
    path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/start.ts"],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: options.databaseUrl,
        DATA_DIR: options.dataDir,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        DEMO_DATA: "false",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };

  // A missing build is made first, which takes minutes on 2 cores.
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the app exited with code ${child.exitCode} before it was ready`);
    const ready = await fetch(`${baseUrl}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("the app did not answer /api/v1/health in time");
}

/** GET with the token; the body is read in full (what a client waits for) but not parsed. */
export function apiClient(baseUrl: string, token: string) {
  return async (pathAndQuery: string): Promise<string> => {
    const response = await fetch(`${baseUrl}/api/v1${pathAndQuery}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = await response.text();
    if (!response.ok) {
      const hint = response.headers.get("content-type")?.includes("json")
        ? ""
        : " (not a JSON answer: is the build older than the code? run `npx next build`)";
      throw new Error(`GET ${pathAndQuery} answered ${response.status}${hint}: ${body.slice(0, 200)}`);
    }
    return body;
  };
}
