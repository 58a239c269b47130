/**
 * Predictions for a fairness report, from JSON (`{ attribute, rows: [{ group, yTrue, yPred }] }`):
 * labels are 0 or 1, as numbers or the strings "0"/"1"; anything else is a problem naming its row.
 */
import type { FairnessRow } from "@/lib/metrics/fairness";
import { MetricInputError, ProblemList } from "../input-error";

export type FairnessInput = { attribute: string; rows: FairnessRow[] };

export const FAIRNESS_LIMITS = { rows: 1_000_000, text: 200 } as const;

/** 0 or 1 from a number or its text; null for anything else (2, "yes", NaN, "1.0"). */
export function readLabel(value: unknown): 0 | 1 | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : null;
  return text === "0" ? 0 : text === "1" ? 1 : null;
}

/** A group name: non-empty text (a number is read as its text, as it would be in a CSV). */
export function readGroup(value: unknown): string | null {
  const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
  return text && text.length <= FAIRNESS_LIMITS.text ? text : null;
}

export function readFairnessJson(body: unknown): FairnessInput[] {
  const record = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const attribute = typeof record.attribute === "string" ? record.attribute.trim() : "";
  const whole: { column: string; message: string }[] = [];
  if (!attribute || attribute.length > FAIRNESS_LIMITS.text)
    whole.push({
      column: "attribute",
      message: `Required: the protected attribute's name (at most ${FAIRNESS_LIMITS.text} characters)`,
    });
  if (!Array.isArray(record.rows) || record.rows.length === 0)
    whole.push({ column: "rows", message: "Required: a non-empty list of { group, yTrue, yPred }" });
  else if (record.rows.length > FAIRNESS_LIMITS.rows)
    whole.push({ column: "rows", message: `At most ${FAIRNESS_LIMITS.rows} rows` });
  if (whole.length) throw new MetricInputError(whole.map((p) => ({ row: null, ...p })));

  const problems = new ProblemList();
  const rows: FairnessRow[] = [];
  for (const [index, raw] of (record.rows as unknown[]).entries()) {
    const row = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const group = readGroup(row.group);
    const yTrue = readLabel(row.yTrue);
    const yPred = readLabel(row.yPred);
    if (group === null) problems.add(index + 1, "group", "Required: the row's group, as text");
    if (yTrue === null)
      problems.add(index + 1, "yTrue", `Must be 0 or 1, not ${JSON.stringify(row.yTrue) ?? "nothing"}`);
    if (yPred === null)
      problems.add(index + 1, "yPred", `Must be 0 or 1, not ${JSON.stringify(row.yPred) ?? "nothing"}`);
    if (problems.full) break;
    if (problems.total === 0) rows.push({ group: group!, yTrue: yTrue!, yPred: yPred! });
  }
  problems.throwIfAny();
  return [{ attribute, rows }];
}
