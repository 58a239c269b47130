import "server-only";
import { validationError } from "@/lib/errors";

/**
 * The inbox order has two parts: PENDING requests oldest first (createdAt asc, id asc), then every other
 * request newest first (createdAt desc, id desc). A cursor names the part and the last row's place in
 * it, so a page may end in either part and the next one resumes exactly there. Opaque to clients.
 */
export type ListPart = "pending" | "decided";
export type ListPosition = { part: ListPart; createdAt: Date; id: string };

export function encodeListCursor(position: ListPosition): string {
  const value = [position.part, position.createdAt.toISOString(), position.id];
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeListCursor(cursor: string | undefined): ListPosition | null {
  if (!cursor) return null;
  try {
    const [part, createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const date = new Date(String(createdAt));
    if ((part !== "pending" && part !== "decided") || typeof id !== "string" || Number.isNaN(date.getTime()))
      throw new Error("bad cursor");
    return { part, createdAt: date, id };
  } catch {
    throw validationError({ cursor: "Not a cursor this API returned" });
  }
}

/** Prisma `where` fragment for the rows after `position` within its part. */
export function afterListPosition(position: ListPosition | null) {
  if (!position) return {};
  const beyond = position.part === "pending" ? "gt" : "lt";
  return {
    OR: [
      { createdAt: { [beyond]: position.createdAt } },
      { createdAt: position.createdAt, id: { [beyond]: position.id } },
    ],
  };
}

export const PART_ORDER = {
  pending: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  decided: [{ createdAt: "desc" as const }, { id: "desc" as const }],
};
