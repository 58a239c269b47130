import { z } from "zod";
import { LineageRelation, ModelKind, Stage } from "@/generated/prisma/enums";
import { idSchema } from "./common";

export const LINEAGE_DIRECTIONS = ["up", "down", "both"] as const;
export type LineageDirection = (typeof LINEAGE_DIRECTIONS)[number];
export const MAX_LINEAGE_DEPTH = 100;
/** Versions per page of a lineage: enough for the graph to draw around the version, cheap to walk. */
export const DEFAULT_LINEAGE_PAGE = 500;
export const MAX_LINEAGE_PAGE = 5_000;

// `?depth=` with no value, as URL builders produce, means "not given" rather than 0.
const blankIsAbsent = (value: unknown) => (value === "" ? undefined : value);

/**
 * `?direction=up|down|both&depth=1..100&limit=1..5000&cursor=`; no depth means every generation.
 * A lineage larger than `limit` comes in pages, nearest generations first; `cursor` is the previous
 * page's `nextCursor`.
 */
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
  limit: z.preprocess(
    blankIsAbsent,
    z.coerce
      .number("Must be a number")
      .int("Must be a whole number")
      .min(1, "At least 1")
      .max(MAX_LINEAGE_PAGE, `At most ${MAX_LINEAGE_PAGE}`)
      .default(DEFAULT_LINEAGE_PAGE),
  ),
  cursor: z.preprocess(blankIsAbsent, z.string().max(100, "Not a cursor this API returned").optional()),
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

/**
 * One page of a lineage. Each version and each edge comes on exactly one page; an edge may come on a
 * later page than its two versions. `truncated` says more pages follow, fetched with `nextCursor`.
 */
export const lineageGraphSchema = z.object({
  nodes: z.array(lineageNodeSchema),
  edges: z.array(lineageEdgeSchema),
  truncated: z.boolean(),
  nextCursor: z.string().nullable(),
});
export type LineageGraph = z.infer<typeof lineageGraphSchema>;
/** A lineage's versions and edges, whole or a page of them: what the pure graph code reads. */
export type LineageNodesAndEdges = Pick<LineageGraph, "nodes" | "edges">;

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
