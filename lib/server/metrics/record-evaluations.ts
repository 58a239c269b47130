import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { validationError } from "@/lib/errors";
import type { EvaluationRunInput } from "@/lib/metrics/input/evaluation-input";
import { readEvaluationCard, readEvaluationJson } from "@/lib/metrics/input/evaluation-json";
import { parseEvaluationCsv } from "@/lib/metrics/input/parse-evaluation-csv";
import { db } from "@/lib/server/db";
import { readBodyText } from "@/lib/server/imports/read-body";
import { getMetricsVersionOrThrow } from "./get-metrics-version";
import { insertEvaluationRuns } from "./insert-evaluation-runs";
import {
  isCsv,
  isJson,
  isMarkdown,
  limitedChunks,
  readJsonUpload,
  refusingBadInput,
  unsupportedType,
  type MetricsUpload,
} from "./metrics-upload";

const CARD_MAX_BYTES = 1024 ** 2;

/**
 * Records evaluation results: JSON (one run, or `{ modelIndex, higherIsBetter? }`), CSV
 * (`suite,metric,value,higher_is_better[,slice]`, one run per suite) or a model card's text
 * (`text/markdown`; `?higherIsBetter=metric:true,...` for metrics the registry cannot direct).
 * Checks: input 400 (every problem located), version 404, ownership 403; then one transaction.
 */
export async function recordEvaluations(principal: Principal, versionId: string, upload: MetricsUpload) {
  const runs = await refusingBadInput(() => readRuns(upload));
  const version = await getMetricsVersionOrThrow(principal, versionId);
  await requireDatasetVersions(runs);
  const recorded = await db.$transaction((tx) =>
    insertEvaluationRuns(tx, { versionId: version.id, actor: principal, runs }),
  );
  return { runs: recorded };
}

async function readRuns(upload: MetricsUpload): Promise<EvaluationRunInput[]> {
  const { contentType, query } = upload;
  if (isJson(contentType)) return readEvaluationJson(await readJsonUpload(upload));
  if (isMarkdown(contentType))
    return readEvaluationCard(await readBodyText(upload.request, CARD_MAX_BYTES), directionsOf(query));
  if (!isCsv(contentType))
    throw unsupportedType(contentType, ["application/json", "text/csv", "text/markdown"]);
  const runs = await parseEvaluationCsv(limitedChunks(upload.request.body));
  const datasetVersionId = query.get("datasetVersionId");
  return datasetVersionId ? runs.map((run) => ({ ...run, datasetVersionId })) : runs;
}

/** `?higherIsBetter=mc2:true,wer:false` */
function directionsOf(query: URLSearchParams): Record<string, boolean> {
  const pairs = (query.get("higherIsBetter") ?? "").split(",").filter(Boolean);
  return Object.fromEntries(
    pairs.map((pair) => {
      const [name, direction] = pair.split(":");
      if (!name || (direction !== "true" && direction !== "false"))
        throw validationError({ higherIsBetter: `"${pair}": write metric:true or metric:false` });
      return [name, direction === "true"];
    }),
  );
}

async function requireDatasetVersions(runs: EvaluationRunInput[]) {
  const ids = [...new Set(runs.flatMap((run) => (run.datasetVersionId ? [run.datasetVersionId] : [])))];
  if (!ids.length) return;
  const found = await db.datasetVersion.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const missing = ids.filter((id) => !found.some((row) => row.id === id));
  if (missing.length) throw validationError({ datasetVersionId: `No dataset version ${missing.join(", ")}` });
}
