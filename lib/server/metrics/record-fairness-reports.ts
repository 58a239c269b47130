import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { computeFairness } from "@/lib/metrics/fairness";
import { readFairnessJson, type FairnessInput } from "@/lib/metrics/input/fairness-input";
import { MetricInputError } from "@/lib/metrics/input-error";
import { parseFairnessCsv } from "@/lib/metrics/input/parse-fairness-csv";
import { enqueueAlertCheck } from "@/lib/server/alerts/enqueue-alert-check";
import { db } from "@/lib/server/db";
import { getMetricsVersionOrThrow } from "./get-metrics-version";
import { storeFairnessReport } from "./store-fairness-report";
import {
  isCsv,
  isJson,
  limitedChunks,
  readJsonUpload,
  refusingBadInput,
  unsupportedType,
  type MetricsUpload,
} from "./metrics-upload";

/**
 * Computes fairness reports from predictions and records them: JSON `{ attribute, rows }`, or a CSV
 * with `y_true`, `y_pred` and one column per protected attribute (one report each; `?attribute=`
 * names a lone `group` column). All reports of an upload, and their events, in one transaction.
 */
export async function recordFairnessReports(principal: Principal, versionId: string, upload: MetricsUpload) {
  const computed = await refusingBadInput(async () => (await readInputs(upload)).map(compute));
  const version = await getMetricsVersionOrThrow(principal, versionId);
  const reports = await db.$transaction(async (tx) => {
    const created = [];
    for (const { attribute, report } of computed) {
      const row = await storeFairnessReport(tx, {
        actor: principal,
        versionId: version.id,
        attribute,
        report,
      });
      created.push({ id: row.id, createdAt: row.createdAt, attribute, ...report });
    }
    await enqueueAlertCheck(tx, version.id);
    return created;
  });
  return { reports };
}

async function readInputs(upload: MetricsUpload): Promise<FairnessInput[]> {
  if (isJson(upload.contentType)) return readFairnessJson(await readJsonUpload(upload));
  if (isCsv(upload.contentType))
    return parseFairnessCsv(limitedChunks(upload.request.body), upload.query.get("attribute") ?? undefined);
  throw unsupportedType(upload.contentType, ["application/json", "text/csv"]);
}

/** The computation's own refusals name the attribute, since one upload may carry several. */
function compute({ attribute, rows }: FairnessInput) {
  try {
    return { attribute, report: computeFairness(rows) };
  } catch (error) {
    if (!(error instanceof MetricInputError)) throw error;
    throw new MetricInputError(
      error.problems.map((p) => ({ ...p, column: [attribute, p.column].filter(Boolean).join(": ") })),
    );
  }
}
