import "server-only";
import { can, type Principal } from "@/lib/auth/permissions";
import { getGovernanceStats } from "@/lib/server/dashboards/get-governance-stats";
import { getAdminOverview } from "./get-admin-overview";
import { getOfficerQueue } from "./get-officer-queue";
import { getScientistWork } from "./get-scientist-work";

/**
 * The home page, one section per thing the principal may do (a user with several roles gets several).
 * A section the principal may not see is null and never queried.
 */
export async function getHomeSummary(principal: Principal, now = new Date()) {
  const [scientist, officer, overview, admin] = await Promise.all([
    can(principal, "versions.promote") ? getScientistWork(principal) : null,
    can(principal, "approvals.decide") ? getOfficerQueue(principal, now) : null,
    can(principal, "dashboards.read") ? getGovernanceStats(principal, now) : null,
    can(principal, "admin.users") ? getAdminOverview(principal, now) : null,
  ]);
  return { scientist, officer, overview, admin };
}
