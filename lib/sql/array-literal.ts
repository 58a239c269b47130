/**
 * A one-dimensional PostgreSQL array literal (`{"a","b\"c",NULL}`) for a column of values, sent as one
 * text parameter and cast in SQL (`${literal}::float8[]`). Bulk inserts pass 10,000-row columns this
 * way: as arrays, the Prisma driver adapter converts every element on its way to the server, which
 * costs more than PostgreSQL's insert itself (measured in docs/metrics-ingestion.md); as one string
 * each, PostgreSQL parses the column in one pass.
 *
 * Every text element is quoted, with backslashes and double quotes escaped, so commas, braces, spaces
 * and the word NULL inside a value stay part of it. Numbers must be finite: the callers validate them.
 */
export type ArrayElement = string | number | null;

const NEEDS_ESCAPE = /[\\"]/;
// Most values (names, ISO times) hold neither character: test before paying for a replace.
const quoted = (text: string) =>
  NEEDS_ESCAPE.test(text) ? `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"` : `"${text}"`;

function element(value: ArrayElement): string {
  if (value === null) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  return quoted(value);
}

export function toArrayLiteral(values: readonly ArrayElement[]): string {
  return `{${values.map(element).join(",")}}`;
}
