/**
 * What the metric upload form (components/metrics) sends and how it reads the answer, apart from the component so it can be
 * tested: the body and content type per kind and file, and the summary or the located problems.
 */
import type { InputProblem } from "@/lib/metrics/input-error";

export type MetricKind = "evaluations" | "fairness" | "drift";

export const KIND_LABELS: Record<MetricKind, { label: string; accept: string; hint: string }> = {
  evaluations: {
    label: "Evaluation results",
    accept: ".csv,.json,.md,text/csv,application/json,text/markdown",
    hint: "CSV with suite,metric,value,higher_is_better[,slice]; JSON { suite, metrics }; or a model card (README.md) with a model-index.",
  },
  fairness: {
    label: "Fairness (predictions)",
    accept: ".csv,.json,text/csv,application/json",
    hint: "CSV with y_true, y_pred (0 or 1) and one column per protected attribute: one report each.",
  },
  drift: {
    label: "Drift (samples)",
    accept: ".csv,text/csv",
    hint: "Two CSV files with the same columns, one per feature: the reference and the current window.",
  },
};

const typeOf = (file: File) =>
  /\.json$/i.test(file.name)
    ? "application/json"
    : /\.(md|markdown)$/i.test(file.name)
      ? "text/markdown"
      : "text/csv";

export type UploadRequest = { body: Blob | FormData; contentType: string | null };

/** The request body; null content type lets the browser write the multipart boundary. */
export function buildUpload(
  kind: MetricKind,
  file: File,
  drift?: { current: File; windowStart: string; windowEnd: string },
): UploadRequest {
  if (kind !== "drift") return { body: file, contentType: typeOf(file) };
  const form = new FormData();
  form.append("windowStart", drift!.windowStart);
  form.append("windowEnd", drift!.windowEnd);
  form.append("reference", file, file.name);
  form.append("current", drift!.current, drift!.current.name);
  return { body: form, contentType: null };
}

export type UploadAnswer =
  { ok: true; summary: string } | { ok: false; message: string; problems: InputProblem[] };

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** A 201's summary, or an error's message with its located problems (a 400's first 20). */
export function readAnswer(kind: MetricKind, status: number, text: string): UploadAnswer {
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not our JSON: the status alone says what happened
  }
  if (status === 201) {
    if (kind === "evaluations") {
      const runs = (body.runs ?? []) as { suite: string; metrics: number }[];
      return {
        ok: true,
        summary: `Recorded ${plural(runs.length, "run")}: ${runs.map((r) => `${r.suite} (${plural(r.metrics, "metric")})`).join(", ")}.`,
      };
    }
    if (kind === "fairness") {
      const reports = (body.reports ?? []) as { attribute: string; rowCount: number }[];
      return {
        ok: true,
        summary: `Computed ${plural(reports.length, "report")}: ${reports.map((r) => `${r.attribute} (${plural(r.rowCount, "row")})`).join(", ")}.`,
      };
    }
    const { inserted = 0, alreadyPresent = 0 } = body as { inserted?: number; alreadyPresent?: number };
    const repeated = alreadyPresent
      ? `; ${alreadyPresent.toLocaleString("en")} already recorded, left as they were`
      : "";
    return { ok: true, summary: `Stored ${plural(inserted, "observation")}${repeated}.` };
  }
  const error = (body.error ?? {}) as { message?: string; problems?: InputProblem[] };
  return {
    ok: false,
    message: error.message ?? `The upload failed (HTTP ${status}).`,
    problems: Array.isArray(error.problems) ? error.problems : [],
  };
}
