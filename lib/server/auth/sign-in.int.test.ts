import { afterAll, describe, expect, it } from "vitest";
import { throttledSeconds } from "@/lib/auth/sign-in-refusal";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { hashPassword } from "@/lib/server/auth/passwords";
import { clientAddress, signInWithPassword } from "@/lib/server/auth/password-sign-in";
import { closeSignInThrottle, SIGN_IN_LIMITS } from "@/lib/server/auth/sign-in-throttle";
import { endSession, openSession } from "@/lib/server/auth/user-sessions";
import { db } from "@/lib/server/db";
import { createUser } from "@/tests/support/factories";

const PASSWORD = "correct horse battery staple";
const passwordHash = await hashPassword(PASSWORD);
afterAll(closeSignInThrottle);

const from = (address: string) => ({ "x-forwarded-for": `203.0.113.9, ${address}` });

async function attempt(email: string, password: string, address: string) {
  try {
    return { user: await signInWithPassword({ email, password }, from(address)), throttled: null };
  } catch (error) {
    return { user: null, throttled: throttledSeconds((error as Error).message) };
  }
}

describe("password sign-in", () => {
  it(`locks an account after ${SIGN_IN_LIMITS.account} failures, even for the right password, and audits each without the password`, async () => {
    const { user } = await createUser({ roles: ["DATA_SCIENTIST"], passwordHash });
    for (let i = 0; i < SIGN_IN_LIMITS.account; i++)
      expect(await attempt(user.email, `wrong-${i}`, `10.0.0.${i}`)).toEqual({ user: null, throttled: null });

    const locked = await attempt(user.email, PASSWORD, "10.0.1.1");
    expect(locked.user).toBeNull();
    expect(locked.throttled).toBeGreaterThan(14 * 60);
    expect(locked.throttled).toBeLessThanOrEqual(15 * 60);

    const events = await db.auditEvent.findMany({
      where: { action: "user.sign_in_failed", entityId: user.id },
      orderBy: { seq: "asc" },
      select: { changes: true, personal: { select: { actorEmail: true, changes: true } } },
    });
    expect(events.map((e) => (e.changes as { reason: string }).reason)).toEqual([
      ...Array(SIGN_IN_LIMITS.account).fill("wrong_password"),
      "throttled",
    ]);
    // the typed address and the caller's IP are personal data: beside the chain, not in it (decision 011)
    expect(events[0]!.changes).toEqual({
      email: "(personal data)",
      address: "(personal data)",
      reason: "wrong_password",
    });
    expect(events[0]!.personal?.changes).toEqual({ email: user.email, address: "10.0.0.0" });
    expect(JSON.stringify(events)).not.toContain("wrong-0");
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });

  it("a success clears the account's count; another account is not affected", async () => {
    const { user } = await createUser({ roles: ["DATA_SCIENTIST"], passwordHash });
    const { user: other } = await createUser({ roles: ["DATA_SCIENTIST"], passwordHash });
    for (let i = 0; i < SIGN_IN_LIMITS.account - 1; i++) await attempt(user.email, "wrong", "10.1.0.1");
    expect((await attempt(user.email, PASSWORD, "10.1.0.1")).user?.id).toBe(user.id);
    for (let i = 0; i < SIGN_IN_LIMITS.account - 1; i++) await attempt(user.email, "wrong", "10.1.0.1");
    expect((await attempt(user.email, PASSWORD, "10.1.0.1")).user?.id).toBe(user.id);
    expect((await attempt(other.email, PASSWORD, "10.1.0.1")).user?.id).toBe(other.id);
  });

  it("limits one address over many accounts (unknown e-mails count), and only that address", async () => {
    const { user } = await createUser({ roles: ["DATA_SCIENTIST"], passwordHash });
    for (let i = 0; i < SIGN_IN_LIMITS.address; i++)
      await attempt(`nobody-${i}@spray.example`, "guess", "192.0.2.77");
    expect((await attempt(user.email, PASSWORD, "192.0.2.77")).throttled).toBeGreaterThan(0);
    expect((await attempt(user.email, PASSWORD, "192.0.2.78")).user?.id).toBe(user.id);
    const unknown = await db.auditEvent.count({
      where: { action: "user.sign_in_failed", entityId: "unknown" },
    });
    expect(unknown).toBe(SIGN_IN_LIMITS.address);
  });
});

describe("browser sessions", () => {
  it("a session loads its user until it is ended; the person's other session lives on; the end is audited once", async () => {
    const { user } = await createUser({ roles: ["LEADERSHIP"] });
    const laptop = await openSession(user.id);
    const phone = await openSession(user.id);
    expect((await loadPrincipal(user.id, { sessionId: laptop }))?.id).toBe(user.id);

    await endSession(user.id, laptop);
    await endSession(user.id, laptop);
    expect(await loadPrincipal(user.id, { sessionId: laptop })).toBeNull();
    expect((await loadPrincipal(user.id, { sessionId: phone }))?.id).toBe(user.id);
    expect(await loadPrincipal(user.id, { sessionId: "made-up" })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.signed_out", entityId: user.id } })).toBe(1);
  });

  it("an expired session loads nobody, and another user's session id does not either", async () => {
    const { user } = await createUser({ roles: ["LEADERSHIP"] });
    const { user: other } = await createUser({ roles: ["LEADERSHIP"] });
    const session = await openSession(user.id);
    expect(await loadPrincipal(other.id, { sessionId: session })).toBeNull();
    await db.userSession.update({ where: { id: session }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadPrincipal(user.id, { sessionId: session })).toBeNull();
  });
});

describe("the caller's address", () => {
  it("is the entry the front server appended, or behind a trusted proxy the one that proxy saw", () => {
    const headers = { "x-forwarded-for": "198.51.100.1, 203.0.113.9 , 10.0.0.2" };
    expect(clientAddress(headers, false)).toBe("10.0.0.2");
    expect(clientAddress(headers, true)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "10.0.0.2" }, true)).toBe("10.0.0.2");
    expect(clientAddress({}, false)).toBeNull();
  });
});
