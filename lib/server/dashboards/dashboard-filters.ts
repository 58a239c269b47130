import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RiskTier } from "@/generated/prisma/enums";
import { dashboardFiltersSchema, type DashboardFiltersInput } from "@/lib/schemas/dashboards";
import { resolveTeamFilter } from "@/lib/server/models/list-filters";
import { validationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

/**
 * The dashboard's filters with the team resolved to its id once for every tile. A team that does not
 * exist (a stale bookmark, a renamed team) is refused like an unknown risk tier, naming the field:
 * a board of zeros would read as "nothing to govern".
 */
export type DashboardFilters = { team?: string; teamId?: string | null; riskTier?: RiskTier };

export async function resolveDashboardFilters(input: DashboardFiltersInput): Promise<DashboardFilters> {
  const { team, riskTier } = parseInput(dashboardFiltersSchema, input);
  const teamId = await resolveTeamFilter(team);
  if (teamId === null) throw validationError({ team: `No team "${team}"` });
  return { team, teamId, riskTier };
}

/**
 * `AND ...` conditions on the model alias `m` of a tile's query. Rows whose model is missing (an alert
 * with no version, under a LEFT JOIN) drop out once a filter is set, since they belong to no team.
 */
export function modelFilterSql({ teamId, riskTier }: DashboardFilters = {}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (teamId === null) conditions.push(Prisma.sql`AND false`);
  else if (teamId) conditions.push(Prisma.sql`AND m."teamId" = ${teamId}`);
  if (riskTier) conditions.push(Prisma.sql`AND m."riskTier" = ${riskTier}::"RiskTier"`);
  return conditions.length ? Prisma.join(conditions, " ") : Prisma.empty;
}
