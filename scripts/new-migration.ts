/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema as last
 * committed (git HEAD) to the schema in the working tree. Usage: npm run db:new-migration -- <name>
 * `prisma migrate diff` needs a reachable PostgreSQL even for a schema-to-schema diff, so this starts
 * a throwaway embedded one.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { listMigrations } from "./lib/migrate";

const root = path.join(__dirname, "..");

function committedSchemaDir(): string | null {
  if (listMigrations().length === 0) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "schema-head-"));
  const files = execFileSync("git", ["ls-tree", "--name-only", "HEAD", "prisma/schema/"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean);
  for (const file of files) {
    writeFileSync(
      path.join(dir, path.basename(file)),
      execFileSync("git", ["show", `HEAD:${file}`], { cwd: root }),
    );
  }
  return dir;
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name))
    throw new Error("usage: npm run db:new-migration -- <snake_case_name>");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "migration-pg-"));
  const db = await startEmbeddedPostgres(tmp, { persistent: false });
  try {
    const from = committedSchemaDir();
    const sql = execFileSync(
      path.join(root, "node_modules", ".bin", "prisma"),
      [
        "migrate",
        "diff",
        ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]),
        "--to-schema-datamodel",
        "prisma/schema",
        "--script",
      ],
      { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: db.url } },
    );
    if (!sql.trim() || /This is an empty migration/.test(sql)) {
      console.error("no schema change since the last commit");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(path.relative(root, dir));
  } finally {
    await db.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
