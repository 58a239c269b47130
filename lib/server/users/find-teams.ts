import "server-only";
import { validationError } from "@/lib/errors";
import type { Db } from "@/lib/server/db";

/** The teams of a list of ids, each once; an id that names no team is a 400 on its place in the list. */
export async function findTeamsOrThrow(db: Db, teamIds: string[]) {
  const uniqueIds = [...new Set(teamIds)];
  const teams = await db.team.findMany({
    where: { id: { in: uniqueIds } },
    select: { id: true, slug: true },
  });
  const missing = uniqueIds.filter((id) => !teams.some((team) => team.id === id));
  if (missing.length)
    throw validationError(
      Object.fromEntries(missing.map((id) => [`teamIds.${teamIds.indexOf(id)}`, "No such team"])),
    );
  return teams;
}
