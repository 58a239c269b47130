/**
 * Aliases that by convention mean "this is what serves" (MLflow users point deployments at
 * `models:/name@champion`). They may only name a version in PRODUCTION, so an alias can never bypass a
 * promotion. `PRODUCTION_ALIASES` (comma-separated) replaces the default list.
 */
export const DEFAULT_PRODUCTION_ALIASES = ["champion", "prod"];

export function productionAliases(setting: string | undefined): string[] {
  const listed = (setting ?? "")
    .split(",")
    .map((alias) => alias.trim().toLowerCase())
    .filter(Boolean);
  return listed.length > 0 ? listed : DEFAULT_PRODUCTION_ALIASES;
}

export const meansProduction = (alias: string, aliases: readonly string[]) =>
  aliases.includes(alias.toLowerCase());
