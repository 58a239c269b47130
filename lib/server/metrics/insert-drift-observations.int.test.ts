import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createOwnedVersion } from "@/tests/support/registry-factories";
import { insertDriftObservations } from "./insert-drift-observations";

const oneObservation = {
  feature: ["f"],
  metric: ["PSI" as const],
  value: [0.3],
  windowStart: ["2026-11-01T00:00:00.000Z"],
  windowEnd: ["2026-11-02T00:00:00.000Z"],
  referenceSize: [null],
  currentSize: [null],
};

const awkwardNames = ['say "hi"', "back\\slash", "a,b", "{braces}", "NULL", " padded ", "naïve 数据 🚀"];

describe("insertDriftObservations", () => {
  it("stores text and numbers exactly as sent, through the array literals", async () => {
    const { version } = await createOwnedVersion();
    const values = [0.1 + 0.2, 1e-300, -2.5e-10, 123456.789012345, null, 5e-324, 1 / 3];
    const columns = {
      feature: awkwardNames,
      metric: awkwardNames.map(() => "PSI" as const),
      value: values,
      windowStart: awkwardNames.map(() => "2026-11-01T00:00:00.000Z"),
      windowEnd: awkwardNames.map(() => "2026-11-01T01:00:00.123Z"),
      referenceSize: [0, 1, 2_147_483_647, null, 5, 6, 7],
      currentSize: [null, 1, 2, 3, 4, 5, 6],
    };
    await db.$transaction((tx) => insertDriftObservations(tx, version.id, columns));

    const rows = await db.driftObservation.findMany({ where: { versionId: version.id } });
    const byFeature = new Map(rows.map((row) => [row.feature, row]));
    expect([...byFeature.keys()].sort()).toEqual([...awkwardNames].sort());
    awkwardNames.forEach((name, index) => {
      const row = byFeature.get(name)!;
      expect(row.value).toBe(values[index] === null ? null : values[index]);
      expect(row.referenceSize).toBe(columns.referenceSize[index]);
      expect(row.currentSize).toBe(columns.currentSize[index]);
      expect(row.windowEnd.toISOString()).toBe("2026-11-01T01:00:00.123Z");
    });
  });

  it("records the transaction's time unless told when, and keeps a replayed history's times", async () => {
    const { version } = await createOwnedVersion();
    const one = (windowStart: string) => ({
      feature: ["f"],
      metric: ["KS" as const],
      value: [0.5],
      windowStart: [windowStart],
      windowEnd: ["2026-12-01T00:00:00.000Z"],
      referenceSize: [null],
      currentSize: [null],
    });
    const before = Date.now();
    await db.$transaction((tx) => insertDriftObservations(tx, version.id, one("2026-11-01T00:00:00.000Z")));
    await db.$transaction((tx) =>
      insertDriftObservations(tx, version.id, one("2026-11-02T00:00:00.000Z"), ["2025-01-02T03:04:05.006Z"]),
    );
    const [now, replayed] = await db.driftObservation.findMany({
      where: { versionId: version.id },
      orderBy: { windowStart: "asc" },
    });
    expect(Math.abs(now!.createdAt.getTime() - before)).toBeLessThan(60_000);
    expect(replayed!.createdAt.toISOString()).toBe("2025-01-02T03:04:05.006Z");
  });

  // The table has no row-by-row foreign key (docs/decisions/012-...): these hold what it held.
  it("refuses a version that does not exist and stores nothing", async () => {
    await expect(
      db.$transaction((tx) => insertDriftObservations(tx, "no-such-version", oneObservation)),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db.driftObservation.count({ where: { versionId: "no-such-version" } })).toBe(0);
  });

  it("keeps the version from being deleted until the batch commits", async () => {
    const { version } = await createOwnedVersion();
    let deletion: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await insertDriftObservations(tx, version.id, oneObservation);
      deletion = db.$transaction(async (other) => {
        await other.$executeRaw`SET LOCAL lock_timeout = '300ms'`;
        await other.$executeRaw`DELETE FROM "ModelVersion" WHERE id = ${version.id}`;
      });
      await expect(deletion).rejects.toThrow(/lock timeout/);
    });
    expect(await db.driftObservation.count({ where: { versionId: version.id } })).toBe(1);
  });

  it("deletes a deleted version's observations, as ON DELETE CASCADE did", async () => {
    const { version } = await createOwnedVersion();
    const other = await createOwnedVersion();
    await db.$transaction((tx) => insertDriftObservations(tx, version.id, oneObservation));
    await db.$transaction((tx) => insertDriftObservations(tx, other.version.id, oneObservation));
    await db.modelVersion.delete({ where: { id: version.id } });
    expect(await db.driftObservation.count({ where: { versionId: version.id } })).toBe(0);
    expect(await db.driftObservation.count({ where: { versionId: other.version.id } })).toBe(1);
  });
});
