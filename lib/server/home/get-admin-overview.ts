import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { HOME_LIST_LIMIT } from "./home-lists";

export const TOKEN_EXPIRY_WARNING_DAYS = 14;

/** Accounts, and the API tokens that will stop working within two weeks (pipelines break when they do). */
export async function getAdminOverview(principal: Principal, now = new Date()) {
  requirePermission(principal, "admin.users");
  const expiringWhere = {
    revokedAt: null,
    expiresAt: { gt: now, lte: new Date(now.getTime() + TOKEN_EXPIRY_WARNING_DAYS * 86_400_000) },
  };
  const [activeUsers, disabledUsers, expiringTotal, expiring] = await Promise.all([
    db.user.count({ where: { disabled: false } }),
    db.user.count({ where: { disabled: true } }),
    db.apiToken.count({ where: expiringWhere }),
    db.apiToken.findMany({
      where: expiringWhere,
      orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
      take: HOME_LIST_LIMIT,
      select: {
        id: true,
        name: true,
        prefix: true,
        expiresAt: true,
        user: { select: { name: true, email: true } },
      },
    }),
  ]);
  return {
    users: { active: activeUsers, disabled: disabledUsers },
    expiringTokens: { total: expiringTotal, items: expiring },
  };
}
