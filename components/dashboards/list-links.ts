/**
 * Where each tile's numbers come from: the same filters as the dashboard, as the parameters of the
 * list behind the tile, so the list shows the rows the tile counted.
 */
export type TileFilters = { team?: string; riskTier?: string };

const href = (path: string, params: Record<string, string | undefined>) => {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]),
  );
  return query.size ? `${path}?${query}` : path;
};

/** `/models?...`: the models list. */
export const modelsListHref = (filters: TileFilters) => href("/models", { ...filters });

/** `/models?view=versions&...`: the versions list (it shows its total). */
export const versionsListHref = (filters: TileFilters, extra: Record<string, string | undefined> = {}) =>
  href("/models", { view: "versions", ...filters, ...extra });

/** The approvals inbox; `status` ALL for every outcome, PENDING (the inbox's default) otherwise. */
export const approvalsHref = (filters: TileFilters, extra: Record<string, string | undefined> = {}) =>
  href("/approvals", { ...filters, ...extra });

export const alertsHref = (filters: TileFilters, extra: Record<string, string | undefined> = {}) =>
  href("/alerts", { ...filters, ...extra });

/** `/dashboards` with the filters, and an anchor. */
export const dashboardHref = (filters: TileFilters, anchor?: string) =>
  `${href("/dashboards", { ...filters })}${anchor ? `#${anchor}` : ""}`;
