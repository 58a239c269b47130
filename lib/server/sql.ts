import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";
import { driverPool, type Tx } from "@/lib/server/db";

/**
 * Raw SQL outside a transaction, on the pool beneath Prisma's driver adapter (decision 016): the same
 * statement, the same connections, the same JavaScript values as `db.$queryRaw`, without the 0.3-0.5 ms
 * Prisma's client spends on each call (its query compiler runs even for raw SQL). Inside a transaction,
 * use the transaction (`rowsOn`). A tagged template (`queryRows<Row>\`SELECT ...\``) or a built statement.
 */
export async function queryRows<T>(
  statement: Prisma.Sql | TemplateStringsArray,
  ...values: unknown[]
): Promise<T[]> {
  return (await send(asStatement(statement, values), undefined)).rows as T[];
}

/**
 * The same for a statement on a hot path, kept prepared on each connection: PostgreSQL parses and plans
 * it once per connection rather than on every call (0.1-0.8 ms of its time, the planning of a search
 * more than its execution). Once the same text has run five times, PostgreSQL may keep one generic plan
 * for it when that plan costs no more than planning each call would; a statement whose best plan
 * depends on its values (a LIKE pattern) keeps being planned per call.
 */
export async function queryPrepared<T>(
  statement: Prisma.Sql | TemplateStringsArray,
  ...values: unknown[]
): Promise<T[]> {
  const sql = asStatement(statement, values);
  return (await send(sql, preparedName(sql.text))).rows as T[];
}

/** A statement's affected row count, as `db.$executeRaw` gives it. */
export async function executeStatement(statement: Prisma.Sql): Promise<number> {
  return (await send(statement, undefined)).rowCount ?? 0;
}

const asStatement = (statement: Prisma.Sql | TemplateStringsArray, values: unknown[]): Prisma.Sql =>
  statement instanceof Prisma.Sql ? statement : Prisma.sql(statement, ...values);

/** The statement on the pool, under `name` when it is to stay prepared. */
const send = (statement: Prisma.Sql, name: string | undefined) =>
  driverPool().query({
    name,
    text: statement.text,
    values: statement.values.map(toParameter),
    types: RESULT_TYPES,
  });

/**
 * Each connection keeps every statement prepared on it until it closes, so the number of distinct texts
 * is capped: a statement built from a client's input (an MLflow filter of many clauses) must not grow
 * them without bound. Past the cap, statements run as they would unprepared.
 */
const MAX_PREPARED_TEXTS = 200;
const preparedNames = new Map<string, string>();

function preparedName(text: string): string | undefined {
  let name = preparedNames.get(text);
  if (name || preparedNames.size >= MAX_PREPARED_TEXTS) return name;
  name = `registry_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
  preparedNames.set(text, name);
  return name;
}

/** On the caller's transaction when there is one, else on the pool (prepared: see queryPrepared). */
export const rowsOn = <T>(tx: Tx | null, statement: Prisma.Sql, { prepared = false } = {}): Promise<T[]> =>
  tx ? tx.$queryRaw<T[]>(statement) : prepared ? queryPrepared<T>(statement) : queryRows<T>(statement);

/**
 * Parameters as Prisma's client sends them. A Date goes as an ISO instant: a `timestamp` column takes
 * its UTC wall time (PostgreSQL ignores the zone for that type), a `timestamptz` the instant itself,
 * whatever the server's or this process's time zone.
 */
function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toParameter);
  return value;
}

/** A `timestamp` (no zone) holds UTC wall time, as Prisma writes it; pg alone would read it as local. */
const utcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);

// Result values as `$queryRaw` returns them: bigint for int8 (a count), Decimal for numeric, Date for
// timestamps and dates. json, jsonb, arrays and the rest are pg's own parsers, which agree with Prisma.
const PARSERS: Record<number, (text: string) => unknown> = {
  [pg.types.builtins.INT8]: (text) => BigInt(text),
  [pg.types.builtins.NUMERIC]: (text) => new Prisma.Decimal(text),
  [pg.types.builtins.TIMESTAMP]: utcTimestamp,
  [pg.types.builtins.DATE]: (text) => new Date(`${text}T00:00:00Z`),
};

const RESULT_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    (format ?? "text") === "text" && PARSERS[oid]
      ? PARSERS[oid]
      : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};
