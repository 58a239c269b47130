import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RiskTier } from "@/generated/prisma/enums";
import { dashboardFiltersSchema, type DashboardFiltersInput } from "@/lib/schemas/dashboards";
import { resolveTeamFilter } from "@/lib/server/models/list-filters";
import { parseInput } from "@/lib/validation";

/**
 * The dashboard's filters with the team resolved to its id once for every tile. `teamId: null` is a
 * team that does not exist: every tile is then empty, as the lists it links to are.
 */
export type DashboardFilters = { team?: string; teamId?: string | null; riskTier?: RiskTier };

export async function resolveDashboardFilters(input: DashboardFiltersInput): Promise<DashboardFilters> {
  const { team, riskTier } = parseInput(dashboardFiltersSchema, input);
  return { team, teamId: await resolveTeamFilter(team), riskTier };
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
