import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/server/auth/api-tokens";
import { db } from "@/lib/server/db";
import { createTeam, createUser } from "@/tests/support/factories";

const ROOT = path.join(import.meta.dirname, "..");

/** Runs the CLI as a user would, against this file's test database. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/cli.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, DEMO_DATA: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const lastLine = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";

describe("npm run cli -- token create", () => {
  it("prints a working token alone on the last line of stdout, and logs to stderr", async () => {
    const { user } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const result = await cli(
      "token",
      "create",
      "--email",
      user.email.toUpperCase(),
      "--name",
      "ci",
      "--expires-in-days",
      "7",
    );
    expect(result.code, result.stderr).toBe(0);
    const secret = lastLine(result.stdout);
    expect(secret).toMatch(/^mrt_[A-Za-z0-9_-]{43}$/);
    expect(result.stderr).toContain("will not be shown again");
    expect(result.stderr).not.toContain(secret);

    expect(await authenticateApiToken(secret)).toMatchObject({ id: user.id, scopes: ["read", "write"] });
    const token = await db.apiToken.findFirstOrThrow({
      where: { userId: user.id },
      select: { name: true, expiresAt: true },
    });
    expect(token.name).toBe("ci");
    expect(token.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
    expect(await db.auditEvent.count({ where: { action: "api_token.created", actorId: user.id } })).toBe(1);
  });

  it("makes a token for one of the user's teams with --team", async () => {
    const [first, second] = await Promise.all([createTeam(), createTeam()]);
    const { user } = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [first.id, second.id] });
    const result = await cli("token", "create", "--email", user.email, "--name", "ci", "--team", second.slug);
    expect(result.code, result.stderr).toBe(0);
    expect((await authenticateApiToken(lastLine(result.stdout)))?.tokenTeamId).toBe(second.id);
  });

  it("fails with exit code 1, a clear message and the usage line for an unknown email or bad arguments", async () => {
    const before = await db.apiToken.count();
    const unknown = await cli("token", "create", "--email", "nobody@nowhere.test", "--name", "x");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("A user with the email nobody@nowhere.test was not found");
    expect(unknown.stderr).toContain("Usage:");
    expect(unknown.stdout).not.toContain("mrt_");

    const { user } = await createUser({ roles: ["LEADERSHIP"] });
    const tooLong = await cli(
      "token",
      "create",
      "--email",
      user.email,
      "--name",
      "x",
      "--expires-in-days",
      "400",
    );
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr).toContain("expiresInDays: At most 365 days");

    const missing = await cli("token", "create", "--name", "x");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--email is required[\s\S]*Usage:/);
    expect(await db.apiToken.count()).toBe(before);
  });

  it("prints help with --help", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("token create --email <user email> --name <label>");
  });
});
