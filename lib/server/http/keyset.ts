import "server-only";
import { validationError } from "@/lib/errors";

/**
 * Keyset pagination over (createdAt desc, id desc): the cursor is the last row's position, so page
 * 500 costs what page 1 costs. Opaque to clients (base64url JSON).
 */
export type KeysetPosition = { createdAt: Date; id: string };

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | null {
  if (!cursor) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(createdAt);
    // PostgreSQL's timestamps end in year 294276 and JavaScript's go further: a date outside the
    // years a row can have is not a cursor we made (and would fail in the database as a 500).
    const year = date.getUTCFullYear();
    if (
      typeof id !== "string" ||
      Number.isNaN(date.getTime()) ||
      year < 1970 ||
      year > 9999 ||
      id.includes("\u0000")
    )
      throw new Error("bad cursor");
    return { createdAt: date, id };
  } catch {
    throw validationError({ cursor: "Not a cursor this API returned" });
  }
}

/** Prisma `where` fragment for rows after the cursor in (createdAt desc, id desc) order. */
export function afterCursor(position: KeysetPosition | null) {
  if (!position) return {};
  return {
    OR: [
      { createdAt: { lt: position.createdAt } },
      { createdAt: position.createdAt, id: { lt: position.id } },
    ],
  };
}

export const keysetOrder = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Fetch limit + 1 rows; this trims the extra one and turns its presence into a next cursor. */
export function toPage<T extends KeysetPosition>(
  rows: T[],
  limit: number,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
