import "server-only";
import { computeDrift } from "@/lib/metrics/drift";
import type { ObservationColumns } from "@/lib/metrics/input/drift-observations";
import type { FeatureSamples } from "@/lib/metrics/input/drift-samples";
import { MetricInputError } from "@/lib/metrics/input-error";

export type ComputedDrift = {
  feature: string;
  kind: "numeric" | "categorical";
  referenceSize: number;
  currentSize: number;
  values: Record<ObservationColumns["metric"][number], number | null>;
};
type Window = { windowStart: Date; windowEnd: Date };

/** The computation's own refusals name the feature, since one upload may carry several. */
export function computeFeatureDrift({ feature, reference, current }: FeatureSamples): ComputedDrift {
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
export function columnsOf(computed: ComputedDrift[], window: Window): ObservationColumns {
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
