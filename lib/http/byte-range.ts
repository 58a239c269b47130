/**
 * One HTTP Range (RFC 9110 section 14) over a representation of `size` bytes: `bytes=a-b`, `bytes=a-` or
 * `bytes=-n`. Several ranges, or a unit other than bytes, are ignored (the whole body is sent, which
 * the RFC allows); a range that starts past the end is unsatisfiable (416).
 */
export type ParsedRange = { start: number; end: number } | "unsatisfiable" | null;

export function parseByteRange(header: string | null, size: number): ParsedRange {
  if (!header) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0) return "unsatisfiable";
    return size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match[2] !== "" && Number(match[2]) < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end };
}
