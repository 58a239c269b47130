import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { validationError } from "@/lib/errors";
import { readObservations, type ObservationColumns } from "@/lib/metrics/input/drift-observations";
import { readDriftSamplesJson, readWindow } from "@/lib/metrics/input/drift-samples";
import { ProblemList } from "@/lib/metrics/input-error";
import { parseDriftCsv } from "@/lib/metrics/input/parse-drift-csv";
import { enqueueAlertCheck } from "@/lib/server/alerts/enqueue-alert-check";
import { db } from "@/lib/server/db";
import { columnsOf, computeFeatureDrift, type ComputedDrift } from "./compute-drift-observations";
import { getMetricsVersionOrThrow } from "./get-metrics-version";
import { storeDriftObservations } from "./store-drift-observations";
import {
  isJson,
  isMultipart,
  limitedChunks,
  readJsonUpload,
  readMultipartForm,
  refusingBadInput,
  unsupportedType,
  type MetricsUpload,
} from "./metrics-upload";

/**
 * Drift for a version, three ways: pre-computed observations in bulk (`{ observations }`, JSON), or
 * samples the server computes PSI, KS, its p-value, JS and Wasserstein on: JSON (one feature or
 * `features: [...]`) or multipart with two CSV files `reference` and `current` (one column per
 * feature) and the fields `windowStart` and `windowEnd`. One statement and one event per upload.
 */
export async function recordDrift(principal: Principal, versionId: string, upload: MetricsUpload) {
  const input = await refusingBadInput(() => readInput(upload));
  const version = await getMetricsVersionOrThrow(principal, versionId);
  const columns = "observations" in input ? input.observations : columnsOf(input.computed, input.window);
  const counts = await db.$transaction(async (tx) => {
    const stored = await storeDriftObservations(tx, {
      actor: principal,
      versionId: version.id,
      columns,
      source: "observations" in input ? "bulk" : "computed",
    });
    // the worker judges the new windows against the thresholds in force (alerts for PRODUCTION versions)
    await enqueueAlertCheck(tx, version.id);
    return stored;
  });
  return "observations" in input
    ? counts
    : {
        ...counts,
        windowStart: input.window.windowStart,
        windowEnd: input.window.windowEnd,
        features: input.computed,
      };
}

type Window = { windowStart: Date; windowEnd: Date };
type Input = { observations: ObservationColumns } | { computed: ComputedDrift[]; window: Window };

async function readInput(upload: MetricsUpload): Promise<Input> {
  if (isJson(upload.contentType)) {
    const body = await readJsonUpload(upload);
    if ("observations" in body) return { observations: readObservations(body.observations) };
    const { samples, ...window } = readDriftSamplesJson(body);
    return { computed: samples.map(computeFeatureDrift), window };
  }
  if (!isMultipart(upload.contentType))
    throw unsupportedType(upload.contentType, ["application/json", "multipart/form-data"]);
  return readCsvUpload(upload);
}

async function readCsvUpload(upload: MetricsUpload): Promise<Input> {
  const form = await readMultipartForm(upload);
  const file = (name: string) => {
    const part = form.get(name);
    if (!(part instanceof Blob))
      throw validationError({ [name]: `Required: the ${name} sample as a CSV file` });
    return part;
  };
  const reference = file("reference");
  const current = file("current");
  const problems = new ProblemList();
  const window = readWindow(form.get("windowStart"), form.get("windowEnd"), problems);
  problems.throwIfAny();
  const samples = await parseDriftCsv(limitedChunks(reference.stream()), limitedChunks(current.stream()));
  return { computed: samples.map(computeFeatureDrift), window: window as Window };
}
