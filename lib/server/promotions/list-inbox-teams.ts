import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";

/** The teams that own models, for the inbox's team filter; officers belong to no team, so it is every owner. */
export async function listInboxTeams(principal: Principal) {
  requirePermission(principal, "registry.read");
  return db.team.findMany({
    where: { models: { some: {} } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
}
