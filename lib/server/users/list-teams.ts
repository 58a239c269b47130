import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import type { TeamView } from "@/lib/server/users/user-view";

/** The teams a new user can join; there are a handful, so no pagination. */
export async function listTeams(principal: Principal): Promise<TeamView[]> {
  requirePermission(principal, "admin.users");
  return db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
}
