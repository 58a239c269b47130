import "server-only";
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";

/**
 * What PostgreSQL refused, whichever way the statement went: Prisma's query builder (P2002...), its raw
 * SQL (P2010, wrapping the driver adapter's reading of the error) or the driver pool itself
 * (lib/server/sql.ts, pg's own DatabaseError with the SQLSTATE).
 */
export type DatabaseRefusal =
  /** a unique index: these columns hold a value already taken */
  | { kind: "unique"; fields: string[] }
  /** a foreign key: what the row refers to was removed meanwhile */
  | { kind: "foreign_key" }
  /** a deadlock PostgreSQL broke, or a serialisation failure: nothing was written */
  | { kind: "collision" }
  /** Prisma's update or delete found no row */
  | { kind: "missing" };

type DriverCause = { kind?: string; originalCode?: string; constraint?: { fields?: string[] } };

const unquoted = (field: string) => field.trim().replace(/^"|"$/g, "");

export function databaseRefusal(error: unknown): DatabaseRefusal | null {
  if (error instanceof pg.DatabaseError) return fromSqlState(error.code, () => keyColumns(error.detail));
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === "P2002") {
    const target = (error.meta?.target as string[] | string | undefined) ?? "value";
    return { kind: "unique", fields: Array.isArray(target) ? target : [target] };
  }
  if (error.code === "P2003") return { kind: "foreign_key" };
  if (error.code === "P2034") return { kind: "collision" };
  if (error.code === "P2025") return { kind: "missing" };
  if (error.code !== "P2010") return null;
  const cause = (error.meta?.driverAdapterError as { cause?: DriverCause } | undefined)?.cause;
  if (cause?.kind === "UniqueConstraintViolation")
    return { kind: "unique", fields: (cause.constraint?.fields ?? ["value"]).map(unquoted) };
  if (cause?.kind === "ForeignKeyConstraintViolation") return { kind: "foreign_key" };
  return fromSqlState(cause?.originalCode, () => ["value"]);
}

function fromSqlState(code: string | undefined, uniqueFields: () => string[]): DatabaseRefusal | null {
  switch (code) {
    case "23505":
      return { kind: "unique", fields: uniqueFields() };
    case "23503":
      return { kind: "foreign_key" };
    case "40P01":
    case "40001":
      return { kind: "collision" };
    default:
      return null;
  }
}

/** `Key (slug)=(x) already exists.` or `Key ("modelId", version)=(...)`: the columns, unquoted. */
function keyColumns(detail: string | undefined): string[] {
  const columns = /^Key \((.+?)\)=/.exec(detail ?? "")?.[1];
  return columns ? columns.split(",").map(unquoted) : ["value"];
}
