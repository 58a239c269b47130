import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { AppError, validationError } from "@/lib/errors";
import { computeDrift } from "@/lib/metrics/drift";
import { readObservations, type ObservationColumns } from "@/lib/metrics/input/drift-observations";
import { readDriftSamplesJson, readWindow, type FeatureSamples } from "@/lib/metrics/input/drift-samples";
import { MetricInputError, ProblemList } from "@/lib/metrics/input-error";
import { parseDriftCsv } from "@/lib/metrics/input/parse-drift-csv";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { getMetricsVersionOrThrow } from "./get-metrics-version";
import { insertDriftObservations } from "./insert-drift-observations";
import {
  isJson,
  isMultipart,
  limitedChunks,
  metricsCsvMaxBytes,
  readJsonUpload,
  refusingBadInput,
  unsupportedType,
  type MetricsUpload,
} from "./metrics-upload";

type Computed = {
  feature: string;
  kind: "numeric" | "categorical";
  referenceSize: number;
  currentSize: number;
  values: Record<string, number | null>;
};

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
    const counts = await insertDriftObservations(tx, version.id, columns);
    await recordAudit(tx, {
      actor: principal,
      action: "drift.observations_recorded",
      entityType: "model_version",
      entityId: version.id,
      changes: {
        ...counts,
        source: "observations" in input ? "bulk" : "computed",
        features: [...new Set(columns.feature)],
        metrics: [...new Set(columns.metric)],
        from: columns.windowStart.reduce((a, b) => (a < b ? a : b)),
        to: columns.windowEnd.reduce((a, b) => (a > b ? a : b)),
      },
    });
    return counts;
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
type Input = { observations: ObservationColumns } | { computed: Computed[]; window: Window };

async function readInput(upload: MetricsUpload): Promise<Input> {
  if (isJson(upload.contentType)) {
    const body = await readJsonUpload(upload);
    if ("observations" in body) return { observations: readObservations(body.observations) };
    const { samples, ...window } = readDriftSamplesJson(body);
    return { computed: samples.map(compute), window };
  }
  if (!isMultipart(upload.contentType))
    throw unsupportedType(upload.contentType, ["application/json", "multipart/form-data"]);
  return readCsvUpload(upload);
}

async function readCsvUpload(upload: MetricsUpload): Promise<Input> {
  // The form is read whole, so its size is checked first: a multipart body without a length is refused.
  const length = Number(upload.request.headers.get("content-length") ?? Number.NaN);
  if (!Number.isFinite(length))
    throw new AppError("payload_too_large", "Send the multipart body with its Content-Length");
  if (length > metricsCsvMaxBytes())
    throw new AppError(
      "payload_too_large",
      `The upload is larger than ${metricsCsvMaxBytes().toLocaleString("en")} bytes`,
    );
  const form = await upload.request.formData().catch(() => {
    throw validationError({ body: "Not a readable multipart/form-data body" });
  });
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
  return { computed: samples.map(compute), window: window as Window };
}

/** The computation's own refusals name the feature, since one upload may carry several. */
function compute({ feature, reference, current }: FeatureSamples): Computed {
  try {
    const drift = computeDrift(reference, current);
    return {
      feature,
      kind: drift.kind,
      referenceSize: drift.referenceSize,
      currentSize: drift.currentSize,
      values: {
        PSI: drift.psi,
        KS: drift.ks,
        KS_PVALUE: drift.ksPValue,
        JS: drift.js,
        WASSERSTEIN: drift.wasserstein,
      },
    };
  } catch (error) {
    if (!(error instanceof MetricInputError)) throw error;
    throw new MetricInputError(
      error.problems.map((p) => ({ ...p, column: [feature, p.column].filter(Boolean).join(": ") })),
    );
  }
}

/** Every metric of every feature as an observation of the window; a metric that does not apply is null. */
function columnsOf(computed: Computed[], window: Window): ObservationColumns {
  const rows = computed.flatMap((c) =>
    Object.entries(c.values).map(([metric, value]) => ({
      ...c,
      metric: metric as ObservationColumns["metric"][number],
      value,
    })),
  );
  return {
    feature: rows.map((r) => r.feature),
    metric: rows.map((r) => r.metric),
    value: rows.map((r) => r.value),
    windowStart: rows.map(() => window.windowStart.toISOString()),
    windowEnd: rows.map(() => window.windowEnd.toISOString()),
    referenceSize: rows.map((r) => r.referenceSize),
    currentSize: rows.map((r) => r.currentSize),
  };
}
