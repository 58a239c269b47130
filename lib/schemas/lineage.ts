import { z } from "zod";
import { LineageRelation, ModelKind, Stage } from "@/generated/prisma/enums";
import { idSchema } from "./common";

export const LINEAGE_DIRECTIONS = ["up", "down", "both"] as const;
export type LineageDirection = (typeof LINEAGE_DIRECTIONS)[number];
export const MAX_LINEAGE_DEPTH = 100;

// `?depth=` with no value, as URL builders produce, means "not given" rather than 0.
const blankIsAbsent = (value: unknown) => (value === "" ? undefined : value);

/** `?direction=up|down|both&depth=1..100`; no depth means every generation. */
export const lineageQuerySchema = z.object({
  direction: z.preprocess(blankIsAbsent, z.enum(LINEAGE_DIRECTIONS, "One of up, down, both").default("both")),
  depth: z.preprocess(
    blankIsAbsent,
    z.coerce
      .number("Must be a number")
      .int("Must be a whole number")
      .min(1, "At least 1")
      .max(MAX_LINEAGE_DEPTH, `At most ${MAX_LINEAGE_DEPTH}`)
      .optional(),
  ),
});
export type LineageQuery = z.infer<typeof lineageQuerySchema>;

export const lineageRelationSchema = z.enum(LineageRelation, "Not a lineage relation");

export const lineageModelSchema = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const lineageNodeSchema = z.object({
  id: z.string(),
  model: lineageModelSchema,
  version: z.number().int(),
  kind: z.enum(ModelKind),
  stage: z.enum(Stage),
});
export type LineageNode = z.infer<typeof lineageNodeSchema>;

/** `from` is the parent, `to` the child. */
export const lineageEdgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  relation: lineageRelationSchema,
});
export type LineageEdge = z.infer<typeof lineageEdgeSchema>;

export const lineageGraphSchema = z.object({
  nodes: z.array(lineageNodeSchema),
  edges: z.array(lineageEdgeSchema),
});
export type LineageGraph = z.infer<typeof lineageGraphSchema>;

/** POST /versions/{id}/parents: link an existing version to another existing one (e.g. importing a tree). */
export const addLineageEdgeSchema = z.object({
  parentId: idSchema,
  relation: lineageRelationSchema,
});
export type AddLineageEdgeInput = z.infer<typeof addLineageEdgeSchema>;

export const addedLineageEdgeSchema = z.object({
  edge: z.object({
    id: z.string(),
    parentId: z.string(),
    childId: z.string(),
    relation: lineageRelationSchema,
    createdAt: z.iso.datetime(),
  }),
});

export const datasetImpactQuerySchema = z.object({
  datasetVersionId: z.preprocess(blankIsAbsent, idSchema.optional()),
});
export type DatasetImpactQuery = z.infer<typeof datasetImpactQuerySchema>;

export const IMPACT_VIA = ["direct", "ancestor"] as const;

export const datasetImpactSchema = z.object({
  items: z.array(
    z.object({
      versionId: z.string(),
      model: lineageModelSchema,
      version: z.number().int(),
      stage: z.enum(Stage),
      via: z.enum(IMPACT_VIA),
    }),
  ),
});
export type DatasetImpact = z.infer<typeof datasetImpactSchema>;
