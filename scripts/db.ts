/**
 * `npm run db:migrate | db:seed | db:reset`, against DATABASE_URL or the embedded database of the data
 * folder (started for the command when the app is not running), like the launcher and the CLI.
 */
import pg from "pg";
import { resolveDatabase } from "./lib/environment";
import { migrate } from "./lib/migrate";

const USAGE = "Usage: tsx --conditions=react-server scripts/db.ts migrate | seed | reset";
const COMMANDS = ["migrate", "seed", "reset"] as const;
type Command = (typeof COMMANDS)[number];

const log = (line: string) => console.error(line);

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Drops and recreates the database of `url` through the server's `postgres` database. */
async function recreateDatabase(url: string) {
  const target = new URL(url);
  // A reset destroys everything: only ever on this machine, never on a shared or production server.
  if (!LOCAL_HOSTS.has(target.hostname))
    throw new Error(`refusing to reset a database on ${target.hostname}: only local databases can be reset`);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name || name === "postgres")
    throw new Error("refusing to reset: the URL names no database, or the server's own `postgres` database");
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    // FORCE closes other sessions, a running app's included: it reconnects on its next query.
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  log(`[db] dropped and recreated ${name} on ${target.host}`);
}

async function seed() {
  const { seedDemoDataIfEmpty } = await import("./seed/seed-demo-data");
  if (!(await seedDemoDataIfEmpty(log))) log("[seed] the database already has users; demo data not added");
}

async function run(command: Command) {
  const database = await resolveDatabase(log);
  process.env.DATABASE_URL = database.url;
  const { db } = await import("@/lib/server/db");
  try {
    if (command === "reset") await recreateDatabase(database.url);
    const applied = await migrate(database.url, log);
    if (command === "migrate" && applied.length === 0) log("[db] no pending migrations");
    if (command !== "migrate") await seed();
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

const command = process.argv[2];
if (!(COMMANDS as readonly string[]).includes(command ?? "")) {
  log(`Unknown command: ${command ?? "(none)"}\n${USAGE}`);
  process.exit(1);
}
run(command as Command).then(
  () => process.exit(0),
  (error: unknown) => {
    log(`[db] ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
