import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/v1/health/route";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/server/db";
import { executeStatement } from "@/lib/server/sql";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUser, createUserWithToken } from "@/tests/support/factories";
import { readJson, toAppError, withApi } from "./with-api";

const echo = withApi(async ({ req, principal }) => ({ you: principal.email, body: await readJson(req) }), {
  permission: "models.write",
  status: 201,
});
const fails = withApi(
  async () => {
    throw new AppError("conflict", "already there", { slug: "taken" });
  },
  { permission: "registry.read" },
);

describe("withApi", () => {
  it("answers 401 without a token, or with a malformed, unknown, expired or revoked one", async () => {
    const { token, user } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    expect((await callRoute(echo, { url: "/x", method: "POST" })).status).toBe(401);
    expect(
      (await callRoute(echo, { url: "/x", method: "POST", headers: { authorization: "Basic abc" } })).status,
    ).toBe(401);
    expect((await callRoute(echo, { url: "/x", method: "POST", token: token + "x" })).status).toBe(401);
    // A valid token as a Basic password is for MLflow's client only (lib/server/mlflow/router.ts).
    const basic = `Basic ${Buffer.from(`u:${token}`).toString("base64")}`;
    expect(
      (await callRoute(echo, { url: "/x", method: "POST", headers: { authorization: basic } })).status,
    ).toBe(401);
    await db.apiToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await callRoute(echo, { url: "/x", method: "POST", token });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe("unauthorized");
    await db.apiToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() + 60_000), revokedAt: new Date() },
    });
    expect((await callRoute(echo, { url: "/x", method: "POST", token })).status).toBe(401);
  });

  it("answers 403 when the role lacks the permission, before looking at the body", async () => {
    const { token } = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const response = await callRoute(echo, { url: "/x", method: "POST", token, rawBody: "{not json" });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("forbidden");
  });

  it("answers 403 for a write with a read-only token", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"], scopes: ["read"] });
    expect((await callRoute(echo, { url: "/x", method: "POST", token, body: {} })).status).toBe(403);
  });

  it("answers 400 with a field message for a body that is not JSON", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const response = await callRoute(echo, { url: "/x", method: "POST", token, rawBody: "{not json" });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: "validation_failed",
      fields: { body: "The body is not valid JSON" },
    });
  });

  it("passes the principal and answers with the handler's status", async () => {
    const { token, user } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const response = await callRoute(echo, { url: "/x", method: "POST", token, body: { a: 1 } });
    expect(response).toMatchObject({ status: 201, body: { you: user.email, body: { a: 1 } } });
  });

  it("maps AppErrors to their status and JSON body", async () => {
    const { token } = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const response = await callRoute(fails, { url: "/x", token });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      error: { code: "conflict", message: "already there", fields: { slug: "taken" } },
    });
  });
});

describe("toAppError on a lost race", () => {
  it("answers 409 'try again', not 500, to the change PostgreSQL ends to break a deadlock", async () => {
    const [a, b] = await Promise.all([createTeam(), createTeam()]);
    const lock = (tx: Tx, id: string) => tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${id} FOR UPDATE`;
    // Each holds one row and then asks for the other's: one of the two is failed (after deadlock_timeout).
    let bothHoldOne: () => void;
    const held = new Promise<void>((resolve) => (bothHoldOne = resolve));
    let holding = 0;
    const crossing = (first: string, second: string) =>
      db.$transaction(async (tx) => {
        await lock(tx, first);
        if (++holding === 2) bothHoldOne();
        await held;
        await lock(tx, second);
      });
    const outcomes = await Promise.allSettled([crossing(a.id, b.id), crossing(b.id, a.id)]);
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(failed).toHaveLength(1);
    expect(toAppError(failed[0]!.reason)).toMatchObject({ code: "conflict", status: 409 });
  });
});

describe("toAppError on statements run on the driver pool", () => {
  const refusalOf = (statement: Prisma.Sql) =>
    executeStatement(statement).then(
      () => null,
      (error: unknown) => toAppError(error),
    );

  it("names the taken column of a unique index, unquoted", async () => {
    const team = await createTeam();
    const refusal = await refusalOf(
      Prisma.sql`INSERT INTO "Team" (id, slug, name) VALUES (${`t-${Date.now()}`}, ${team.slug}, 'copy')`,
    );
    expect(refusal).toMatchObject({ status: 409, fields: { slug: "already taken" } });
    const { user: person } = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
    const twice = await refusalOf(
      Prisma.sql`INSERT INTO "TeamMembership" ("userId", "teamId") VALUES (${person.id}, ${team.id})`,
    );
    expect(twice).toMatchObject({
      status: 409,
      fields: { userId: "already taken", teamId: "already taken" },
    });
  });

  it("answers 409 'reload' to a row that refers to one removed meanwhile", async () => {
    const { user: person } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const refusal = await refusalOf(
      Prisma.sql`INSERT INTO "TeamMembership" ("userId", "teamId") VALUES (${person.id}, 'no-such-team')`,
    );
    expect(refusal).toMatchObject({ status: 409, message: expect.stringContaining("reload") });
  });
});

describe("GET /api/v1/health", () => {
  it("reports the database", async () => {
    const response = await callRoute(health as never, { url: "/api/v1/health" });
    expect(response).toMatchObject({ status: 200, body: { status: "ok", database: "ok" } });
  });
});
