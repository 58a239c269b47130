import {
  addedLineageEdgeSchema,
  addLineageEdgeSchema,
  datasetImpactQuerySchema,
  datasetImpactSchema,
  lineageGraphSchema,
  lineageQuerySchema,
} from "@/lib/schemas/lineage";
import { defineOperations, PATH_PARAMS } from "../define";

export const lineageOperations = defineOperations([
  {
    method: "get",
    path: "/versions/{id}/lineage",
    summary:
      "Ancestors (up), descendants (down) or both of a version, with the edges between them (`from` is the parent), in pages of `limit` versions, nearest generations first",
    tag: "Lineage",
    permission: "registry.read",
    pathParams: PATH_PARAMS.version,
    query: lineageQuerySchema,
    success: {
      status: 200,
      description:
        "A page of the lineage to the given depth (default: all): the version itself on the first page, each version and edge on exactly one page; while `truncated`, pass `nextCursor` as `cursor` for the next",
      schema: lineageGraphSchema,
    },
    errors: [404],
  },
  {
    method: "post",
    path: "/versions/{id}/parents",
    summary:
      "Add a parent to an existing version (e.g. when importing an existing tree); refused when it would create a cycle",
    tag: "Lineage",
    permission: "versions.write",
    pathParams: { id: "Model version id (the child)" },
    body: addLineageEdgeSchema,
    success: { status: 201, description: "The new edge", schema: addedLineageEdgeSchema },
    errors: [404, 409],
  },
  {
    method: "get",
    path: "/datasets/{id}/impact",
    summary:
      "Every model version trained on the dataset (TRAIN or VALIDATION use), directly or through an ancestor",
    tag: "Lineage",
    permission: "registry.read",
    pathParams: PATH_PARAMS.dataset,
    query: datasetImpactQuerySchema,
    success: {
      status: 200,
      description: "Affected versions, direct ones first",
      schema: datasetImpactSchema,
    },
    errors: [404],
  },
]);
