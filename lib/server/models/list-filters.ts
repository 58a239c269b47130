import "server-only";
import { db } from "@/lib/server/db";

/**
 * A case-insensitive substring filter. Prisma passes `contains` straight into ILIKE without escaping, so
 * `%` and `_` in a search would act as wildcards; escape them (backslash is PostgreSQL's default escape).
 */
export const containsText = (q: string) => ({
  contains: q.replace(/[\\%_]/g, (c) => `\\${c}`),
  mode: "insensitive" as const,
});

/**
 * The `team` filter takes a slug or an id. Resolving it first keeps the list query on the
 * (teamId, createdAt, id) index; `null` means no such team, so the list is empty.
 */
export async function resolveTeamFilter(team: string | undefined): Promise<string | null | undefined> {
  if (!team) return undefined;
  const found = await db.team.findFirst({
    where: { OR: [{ slug: team }, { id: team }] },
    select: { id: true },
  });
  return found?.id ?? null;
}
