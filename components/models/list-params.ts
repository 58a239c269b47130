/**
 * The /models list is driven by its URL: these are the search parameters it reads. Values are passed to
 * the services as they are (the services validate them); only empty ones are dropped here.
 */
export const MODEL_FILTER_KEYS = [
  "q",
  "kind",
  "stage",
  "riskTier",
  "team",
  "baseFamily",
  "tag",
  "notEvaluatedInDays",
  "liveWithFailedPolicy",
] as const;
export type ModelFilterKey = (typeof MODEL_FILTER_KEYS)[number];
export type ModelListParams = Partial<Record<ModelFilterKey | "view" | "sort" | "cursor", string>>;

/** Filters only a version has: with one of them, or `view=versions`, the list shows versions. */
export const VERSION_ONLY_KEYS = ["tag", "notEvaluatedInDays", "liveWithFailedPolicy"] as const;
export const listsVersions = (params: ModelListParams) =>
  params.view === "versions" || VERSION_ONLY_KEYS.some((key) => params[key] !== undefined);

export function readModelListParams(raw: Record<string, string | string[] | undefined>): ModelListParams {
  const params: ModelListParams = {};
  for (const key of [...MODEL_FILTER_KEYS, "view", "sort", "cursor"] as const) {
    const value = raw[key];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (text) params[key] = text;
  }
  return params;
}

export const hasFilters = (params: ModelListParams) =>
  MODEL_FILTER_KEYS.some((key) => params[key] !== undefined);

/** `/models?...` with the given parameters, empty ones left out. */
export function modelListHref(params: ModelListParams): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]),
  );
  return query.size ? `/models?${query}` : "/models";
}
