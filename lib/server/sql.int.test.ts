import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { executeStatement, queryPrepared, queryRows, rowsOn } from "@/lib/server/sql";

// Every type the app's raw statements read, spelled as they spell them.
const EVERY_TYPE = Prisma.sql`
  SELECT 42::int AS int4, 9007199254740993::bigint AS int8, count(*) AS counted, 2.5::float8 AS float8,
         12.340::numeric AS numeric, true AS bool, 'text' AS text, NULL::text AS nothing,
         '2026-03-04 05:06:07.891'::timestamp(3) AS stamp, '2026-03-04 05:06:07.891+02'::timestamptz AS stamptz,
         '2026-03-04'::date AS day, ARRAY['a', 'b,c', NULL]::text[] AS texts, ARRAY[1, 2]::int[] AS ints,
         '{"a": [1, "x", null], "b": {"c": true}}'::jsonb AS jsonb, '[1, 2]'::json AS json,
         'STAGING'::"Stage" AS stage, gen_random_uuid()::text IS NOT NULL AS uuid_made
  FROM (VALUES (1), (2)) v(x)`;

describe("raw statements on the driver pool", () => {
  // Away from UTC, so that a timestamp read or written as local time would show.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "America/Sao_Paulo";
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it("read every type as Prisma's $queryRaw reads it", async () => {
    const [ours] = await queryRows<Record<string, unknown>>(EVERY_TYPE);
    const [prisma] = await db.$queryRaw<Record<string, unknown>[]>(EVERY_TYPE);
    expect(ours).toEqual(prisma);
    expect(ours!.int8).toBe(9007199254740993n);
    expect(ours!.counted).toBe(2n);
    expect((ours!.stamp as Date).toISOString()).toBe("2026-03-04T05:06:07.891Z");
    expect((ours!.stamptz as Date).toISOString()).toBe("2026-03-04T03:06:07.891Z");
    expect((ours!.day as Date).toISOString()).toBe("2026-03-04T00:00:00.000Z");
    expect(String(ours!.numeric)).toBe("12.34");
    expect(ours!.texts).toEqual(["a", "b,c", null]);
  });

  it("send parameters as Prisma sends them: instants, big integers, decimals, lists and JSON", async () => {
    const at = new Date("2026-07-08T09:10:11.123Z");
    const statement = Prisma.sql`
      SELECT ${at}::timestamp(3) AS stamp, ${at}::timestamptz AS stamptz, ${at}::timestamp(3) = '2026-07-08 09:10:11.123' AS wall_time_is_utc,
             ${12345678901234567n}::bigint AS big, ${new Prisma.Decimal("1.5")}::numeric AS dec,
             ${["x", "y"]}::text[] AS list, ${JSON.stringify({ k: [1, 2] })}::jsonb AS doc`;
    const [ours] = await queryRows<Record<string, unknown>>(statement);
    const [prisma] = await db.$queryRaw<Record<string, unknown>[]>(statement);
    expect(ours).toEqual(prisma);
    expect(ours).toMatchObject({ wall_time_is_utc: true, big: 12345678901234567n, list: ["x", "y"] });
    expect((ours!.stamp as Date).getTime()).toBe(at.getTime());
    expect((ours!.stamptz as Date).getTime()).toBe(at.getTime());
  });

  it("count affected rows, and run on a transaction when given one", async () => {
    const name = `sql-test-${Date.now()}`;
    await db.team.create({ data: { slug: name, name } });
    const changed = await executeStatement(
      Prisma.sql`UPDATE "Team" SET name = ${`${name}!`} WHERE slug = ${name}`,
    );
    expect(changed).toBe(1);
    expect(
      await executeStatement(Prisma.sql`UPDATE "Team" SET name = name WHERE slug = ${`${name}-none`}`),
    ).toBe(0);
    const setting = Prisma.sql`SELECT current_setting('application_name') AS app`;
    const inside = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('application_name', ${name}, true)`;
      return rowsOn<{ app: string }>(tx, setting);
    });
    expect(inside).toEqual([{ app: name }]);
    const [outside] = await rowsOn<{ app: string }>(null, setting);
    expect(outside!.app).not.toBe(name);
  });

  it("keep a hot statement prepared on its connection, and stop preparing new texts past the cap", async () => {
    // A statement sees itself in pg_prepared_statements while it runs when, and only when, it was prepared.
    const selfPrepared = (tag: string) => Prisma.sql`
      SELECT count(*)::int AS n FROM pg_prepared_statements
      WHERE name LIKE 'registry_%' AND statement LIKE ${`%${tag}%`} -- ${Prisma.raw(tag)}`;
    const [prepared] = await queryPrepared<{ n: number }>(selfPrepared("probe-a"));
    const [again] = await queryPrepared<{ n: number }>(selfPrepared("probe-a"));
    const [plain] = await queryRows<{ n: number }>(selfPrepared("probe-b"));
    expect([prepared!.n, again!.n, plain!.n]).toEqual([1, 1, 0]);
    expect(await queryPrepared(Prisma.sql`SELECT ${7}::int AS seven`)).toEqual(
      await queryRows(Prisma.sql`SELECT ${7}::int AS seven`),
    );

    for (let i = 0; i < 200; i++)
      await queryPrepared(Prisma.sql`SELECT ${i}::int -- ${Prisma.raw(`filler ${i}`)}`);
    const [pastCap] = await queryPrepared<{ n: number }>(selfPrepared("probe-c"));
    expect(pastCap!.n).toBe(0);
  });
});
