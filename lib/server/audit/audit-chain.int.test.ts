import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { recordAudit, SYSTEM_ACTOR } from "./record-audit";
import { verifyAuditChain } from "./verify-audit-chain";

const append = (entityId: string, changes: unknown = { n: entityId }) =>
  db.$transaction((tx) =>
    recordAudit(tx, { actor: SYSTEM_ACTOR, action: "model.created", entityType: "model", entityId, changes }),
  );

describe("audit chain", () => {
  it("links each event to the one before and verifies", async () => {
    await append("a", {
      size: BigInt(10),
      at: new Date("2026-01-01T00:00:00Z"),
      nested: { z: 1, a: [1.5, "x"] },
    });
    // 17 significant digits: Prisma's own JSON writer would round this and break the hash.
    await append("b", { ratio: 0.19047619047619047, tiny: 1e-300, big: 12345678901234567890 });
    // The database finishes each hash from UTF-8 text: characters outside ASCII, escapes and a "seq"
    // of the changes' own must hash as Node hashes them.
    await append("c", { name: "Modèle für Ärzte 医疗 🩺", quote: 'say "hi"\n\t\\', seq: "99" });
    const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(events.map((e) => e.seq)).toEqual([BigInt(1), BigInt(2), BigInt(3)]);
    expect(events[0]!.prevHash).toBe("0".repeat(64));
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(events[2]!.prevHash).toBe(events[1]!.hash);
    expect(await verifyAuditChain()).toEqual({ ok: true, events: 3, firstBrokenAt: null });
  });

  it("does not fork when many connections append at once", async () => {
    const before = await db.auditEvent.count();
    // Separate pools so the appends really run on different PostgreSQL connections at the same time.
    const { PrismaClient } = await import("@/generated/prisma/client");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const clients = Array.from(
      { length: 8 },
      () =>
        new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }) }),
    );
    await Promise.all(
      clients.flatMap((client, c) =>
        Array.from({ length: 10 }, (_, i) =>
          client.$transaction(
            (tx) =>
              recordAudit(tx as never, {
                actor: SYSTEM_ACTOR,
                action: "model.created",
                entityType: "model",
                entityId: `c${c}-${i}`,
              }),
            // 80 appends queue on one lock; on a loaded 2-core machine the last ones wait seconds.
            { maxWait: 60_000, timeout: 60_000 },
          ),
        ),
      ),
    );
    await Promise.all(clients.map((client) => client.$disconnect()));
    const events = await db.auditEvent.findMany({
      orderBy: { seq: "asc" },
      select: { seq: true, prevHash: true, hash: true },
    });
    expect(events).toHaveLength(before + 80);
    // One chain: every prevHash is used exactly once, and seq has no gaps.
    expect(new Set(events.map((e) => e.prevHash)).size).toBe(events.length);
    events.forEach((event, i) => expect(event.seq).toBe(BigInt(i + 1)));
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("rolls the event back with the transaction that failed", async () => {
    const before = await db.auditEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, {
          actor: SYSTEM_ACTOR,
          action: "model.created",
          entityType: "model",
          entityId: "rolled-back",
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditEvent.count()).toBe(before);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("reports the first event edited directly in SQL", async () => {
    const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { id: true } });
    const target = events[3]!;
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`UPDATE "AuditEvent" SET "entityId" = 'tampered' WHERE id = $1`, [target.id]);
    await client.end();
    expect(await verifyAuditChain()).toEqual({ ok: false, events: events.length, firstBrokenAt: target.id });
  });
});
