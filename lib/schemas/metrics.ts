/**
 * The metrics endpoints' JSON bodies and answers, for the OpenAPI document. The readers in
 * lib/metrics/input enforce the same rules while locating each problem by row and column, which a
 * zod issue path cannot do for a CSV.
 */
import { z } from "zod";

const label = z.union([z.literal(0), z.literal(1), z.literal("0"), z.literal("1")]);
const dateTime = z.iso.datetime({ offset: true });
const sample = z.union([z.array(z.number()), z.array(z.string())]);
export const driftMetric = z.enum(["PSI", "KS", "KS_PVALUE", "JS", "WASSERSTEIN"]);

export const evaluationRunBodySchema = z.union([
  z.object({
    suite: z.string().min(1).max(200),
    datasetVersionId: z.string().optional(),
    metrics: z
      .array(
        z.object({
          name: z.string().min(1).max(200),
          value: z.number(),
          higherIsBetter: z.boolean(),
          slice: z.string().max(200).optional(),
        }),
      )
      .min(1)
      .max(5000),
  }),
  z.object({
    modelIndex: z.array(z.unknown()).describe("a model card's `model-index` block, as JSON"),
    higherIsBetter: z
      .record(z.string(), z.boolean())
      .optional()
      .describe("the direction of metrics the registry does not know, by metric type"),
  }),
]);

export const evaluationAnswerSchema = z.object({
  runs: z.array(
    z.object({ id: z.string(), suite: z.string(), source: z.string(), metrics: z.number().int() }),
  ),
});

export const fairnessBodySchema = z.object({
  attribute: z.string().min(1).max(200),
  rows: z
    .array(z.object({ group: z.string(), yTrue: label, yPred: label }))
    .min(1)
    .max(1_000_000),
});

export const fairnessAnswerSchema = z.object({
  reports: z.array(
    z.object({
      id: z.string(),
      attribute: z.string(),
      rowCount: z.number().int(),
      groups: z.array(z.record(z.string(), z.unknown())),
      demographicParityDifference: z.number(),
      disparateImpactRatio: z.number().nullable(),
      equalizedOddsDifference: z.number(),
      warnings: z.array(z.string()),
    }),
  ),
});

const window = { windowStart: dateTime, windowEnd: dateTime };
const featureSamples = { feature: z.string().min(1).max(200), reference: sample, current: sample };

export const driftBodySchema = z.union([
  z.object({ ...featureSamples, ...window }),
  z.object({ features: z.array(z.object(featureSamples)).min(1).max(200), ...window }),
  z.object({
    observations: z
      .array(
        z.object({
          feature: z.string().min(1).max(200),
          metric: driftMetric,
          value: z.number().nullable(),
          ...window,
          referenceSize: z.number().int().min(0).optional(),
          currentSize: z.number().int().min(0).optional(),
        }),
      )
      .min(1)
      .max(50_000),
  }),
]);

export const driftAnswerSchema = z.object({
  inserted: z.number().int().describe("observations stored by this request"),
  alreadyPresent: z
    .number()
    .int()
    .describe("observations of windows already recorded (a re-send), left as they were"),
  windowStart: dateTime.optional(),
  windowEnd: dateTime.optional(),
  features: z
    .array(
      z.object({
        feature: z.string(),
        kind: z.enum(["numeric", "categorical"]),
        referenceSize: z.number().int(),
        currentSize: z.number().int(),
        values: z.record(driftMetric, z.number().nullable()),
      }),
    )
    .optional()
    .describe("computed drift, when samples were sent"),
});
