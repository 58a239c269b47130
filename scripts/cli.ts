/**
 * The command line: `npm run cli -- token create --email <e> --name <label> [--expires-in-days 90]`.
 * The new token is printed alone on the last line of standard output, so `| tail -n 1` captures it;
 * everything else goes to standard error. Works with the app running or not (see resolveDatabase).
 */
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/schemas/tokens";
import { resolveDatabase } from "./lib/environment";
import { migrate } from "./lib/migrate";

const USAGE = `Usage:
  npm run cli -- token create --email <user email> --name <label> [--expires-in-days 90] [--scopes read,write] [--team <slug>]
  npm run cli -- --help`;

const HELP = `${USAGE}

Commands:
  token create   Create an API token for the user with that email. It carries the user's permissions,
                 expires after --expires-in-days days (1-365, default 90) and has the scopes given
                 (default read,write). With --team (one of the user's teams), models and datasets it
                 creates without naming a team go to that team: a pipeline's token for its team.
                 The token is printed once, alone on the last line of stdout.

Uses DATABASE_URL when set, else the embedded database of the data folder (DATA_DIR, default ./data),
starting it for the command when the app is not running.`;

const log = (line: string) => console.error(line);

class UsageError extends Error {}

type TokenCommand = {
  email: string;
  name: string;
  expiresInDays?: number;
  scopes?: TokenScope[];
  team?: string;
};

function parseCommand(argv: string[]): "help" | TokenCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        "expires-in-days": { type: "string" },
        scopes: { type: "string" },
        team: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return "help";
  if (positionals.join(" ") !== "token create")
    throw new UsageError(`Unknown command: ${positionals.join(" ")}`);
  if (!values.email) throw new UsageError("--email is required");
  if (values.name === undefined) throw new UsageError("--name is required");
  const days = values["expires-in-days"];
  if (days !== undefined && !/^\d+$/.test(days))
    throw new UsageError("--expires-in-days must be a whole number of days (1-365)");
  const scopes = values.scopes?.split(",").map((scope) => scope.trim());
  if (scopes?.some((scope) => !(TOKEN_SCOPES as readonly string[]).includes(scope))) {
    throw new UsageError(`--scopes must be a comma-separated list of ${TOKEN_SCOPES.join(", ")}`);
  }
  return {
    email: values.email,
    name: values.name,
    expiresInDays: days === undefined ? undefined : Number(days),
    scopes: scopes as TokenScope[] | undefined,
    team: values.team,
  };
}

async function createToken(command: TokenCommand) {
  const database = await resolveDatabase(log);
  process.env.DATABASE_URL = database.url;
  // Imported only now: they read DATABASE_URL when first used.
  const { db } = await import("@/lib/server/db");
  try {
    await migrate(database.url, log);
    if (database.embedded || process.env.DEMO_DATA === "true") {
      const { seedDemoDataIfEmpty } = await import("./seed/seed-demo-data");
      await seedDemoDataIfEmpty(log);
    }
    const { getPrincipalByEmailOrThrow } = await import("@/lib/server/users/get-principal-by-email");
    const { createApiToken } = await import("@/lib/server/tokens/create-api-token");
    const principal = await getPrincipalByEmailOrThrow(command.email);
    const token = await createApiToken(principal, {
      name: command.name,
      expiresInDays: command.expiresInDays,
      scopes: command.scopes,
      team: command.team,
    });
    log(
      `Created API token "${token.name}" (${token.prefix}…) for ${principal.email}: scopes ${token.scopes.join(", ")}, expires ${token.expiresAt.toISOString()}.`,
    );
    log("It is printed below and will not be shown again.");
    process.stdout.write(`${token.secret}\n`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

async function main(): Promise<number> {
  try {
    const command = parseCommand(process.argv.slice(2));
    if (command === "help") {
      console.log(HELP);
      return 0;
    }
    await createToken(command);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      log(`Error: ${error.message}\n${USAGE}`);
    } else if (error instanceof AppError) {
      const fields = Object.entries(error.fields ?? {}).map(([field, message]) => `\n  ${field}: ${message}`);
      log(`Error: ${error.message}${fields.join("")}\n${USAGE}`);
    } else {
      log(`Error: ${error instanceof Error ? error.stack : String(error)}`);
    }
    return 1;
  }
}

main().then((code) => process.exit(code));
