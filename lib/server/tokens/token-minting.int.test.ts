import { describe, expect, it } from "vitest";
import { POST as createTokenRoute } from "@/app/api/v1/tokens/route";
import { DELETE as revokeTokenRoute } from "@/app/api/v1/tokens/[id]/route";
import { authenticateApiToken } from "@/lib/server/auth/api-tokens";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUser } from "@/tests/support/factories";
import { createApiToken } from "./create-api-token";

const DAY_MS = 86_400_000;
const daysLeft = (expiresAt: string | Date) => (new Date(expiresAt).getTime() - Date.now()) / DAY_MS;

/** A token of `days` days and `scopes`, made by the user as the UI or the CLI would (no parent). */
async function parentToken(days: number, scopes: ("read" | "write")[]) {
  const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
  return createApiToken(principal, { name: "parent", expiresInDays: days, scopes });
}

const mint = (token: string, body: Record<string, unknown>) =>
  callRoute(createTokenRoute, { url: "/api/v1/tokens", method: "POST", token, body });

describe("a token minting a token", () => {
  it("refuses a longer life or a wider scope than its own, naming both fields, and stores nothing", async () => {
    const parent = await parentToken(7, ["read", "write"]);
    const tokensBefore = await db.apiToken.count();
    const longer = await mint(parent.secret, { name: "child", expiresInDays: 365 });
    expect(longer.status).toBe(400);
    expect(longer.body.error.fields.expiresInDays).toMatch(
      /^At most 6 days: the token making it expires on \d{4}-\d{2}-\d{2}$/,
    );
    expect(await db.apiToken.count()).toBe(tokensBefore);
  });

  it("refuses write from a token that only reads (read-only tokens cannot write anyway, so this is checked in the service)", async () => {
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const parent = await createApiToken(principal, { name: "reader", expiresInDays: 30, scopes: ["read"] });
    const parentPrincipal = (await authenticateApiToken(parent.secret))!;
    const refused = await createApiToken(parentPrincipal, { name: "writer", scopes: ["read", "write"] }).then(
      () => null,
      (error: { fields?: Record<string, string> }) => error,
    );
    expect(refused?.fields).toEqual({
      scopes: "The token making it has only read: it cannot grant write",
    });
  });

  it("narrows what the caller left out to the parent's life and scopes, and records the parent", async () => {
    const parent = await parentToken(7, ["read", "write"]);
    const child = await mint(parent.secret, { name: "child" });
    expect(child.status).toBe(201);
    expect(daysLeft(child.body.token.expiresAt)).toBeLessThanOrEqual(7);
    expect(child.body.token.expiresAt).toBe(parent.expiresAt.toISOString());
    const stored = await db.apiToken.findUniqueOrThrow({
      where: { id: child.body.token.id },
      select: { parentTokenId: true },
    });
    expect(stored.parentTokenId).toBe(parent.id);
    const created = await db.auditEvent.findFirstOrThrow({
      where: { action: "api_token.created", entityId: child.body.token.id },
      select: { changes: true },
    });
    expect(created.changes).toMatchObject({ parentTokenId: parent.id });
  });

  it("revoking a token revokes what it minted, at every depth, each audited; siblings' parents are untouched", async () => {
    const root = await parentToken(30, ["read", "write"]);
    const child = (await mint(root.secret, { name: "child" })).body.token;
    const grandchild = (await mint(child.secret, { name: "grandchild", expiresInDays: 2 })).body.token;
    const unrelated = await parentToken(30, ["read", "write"]);
    expect(await authenticateApiToken(grandchild.secret)).not.toBeNull();

    const revoked = await callRoute(revokeTokenRoute, {
      url: `/api/v1/tokens/${root.id}`,
      method: "DELETE",
      token: root.secret,
      params: { id: root.id },
    });
    expect(revoked.status).toBe(204);
    expect(await authenticateApiToken(child.secret)).toBeNull();
    expect(await authenticateApiToken(grandchild.secret)).toBeNull();
    expect(await authenticateApiToken(unrelated.secret)).not.toBeNull();
    const events = await db.auditEvent.findMany({
      where: { action: "api_token.revoked", entityId: { in: [root.id, child.id, grandchild.id] } },
      select: { entityId: true },
    });
    expect(events.map((e) => e.entityId).sort()).toEqual([root.id, child.id, grandchild.id].sort());
  });
});
