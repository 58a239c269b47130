/**
 * MLflow's `order_by` for registry searches: `<column> [ASC|DESC]`, several allowed, first wins. The
 * columns each search accepts are MLflow's; a tie-breaker (name, then version) always follows, so paging
 * by offset never skips or repeats a row.
 */
import type { FilterEntity } from "./filter";

export type OrderColumn = "name" | "version_number" | "creation_timestamp" | "last_updated_timestamp";
export type OrderTerm = { column: OrderColumn; descending: boolean };

const COLUMNS: Record<FilterEntity, readonly OrderColumn[]> = {
  registered_model: ["name", "creation_timestamp", "last_updated_timestamp"],
  model_version: ["name", "version_number", "creation_timestamp", "last_updated_timestamp"],
};
const ALIASES: Record<string, OrderColumn> = { timestamp: "creation_timestamp", version: "version_number" };

export class OrderByError extends Error {}

export function parseOrderBy(clauses: readonly string[], entity: FilterEntity): OrderTerm[] {
  const terms: OrderTerm[] = [];
  for (const clause of clauses) {
    const match = /^\s*(?:attributes?\.)?([A-Za-z_]+)\s*(ASC|DESC)?\s*$/i.exec(clause);
    const name = match?.[1]?.toLowerCase();
    const column = name ? (ALIASES[name] ?? name) : undefined;
    if (!match || !column || !(COLUMNS[entity] as readonly string[]).includes(column))
      throw new OrderByError(
        `Invalid order_by clause '${clause}': use one of ${COLUMNS[entity].join(", ")}, optionally followed by ASC or DESC`,
      );
    if (terms.some((term) => term.column === column))
      throw new OrderByError(`order_by names '${column}' twice`);
    terms.push({ column: column as OrderColumn, descending: match[2]?.toUpperCase() === "DESC" });
  }
  // MLflow's defaults and tie-breakers: models by name; versions most recently changed first, then
  // by name, newest version first.
  if (entity === "model_version" && clauses.length === 0)
    terms.push({ column: "last_updated_timestamp", descending: true });
  if (!terms.some((term) => term.column === "name")) terms.push({ column: "name", descending: false });
  if (entity === "model_version" && !terms.some((term) => term.column === "version_number"))
    terms.push({ column: "version_number", descending: true });
  return terms;
}
