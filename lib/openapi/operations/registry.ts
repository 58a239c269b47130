import { z } from "zod";
import { page } from "@/lib/schemas/common";
import {
  createDatasetSchema,
  createDatasetVersionSchema,
  listDatasetsQuerySchema,
} from "@/lib/schemas/datasets";
import { createModelSchema, listModelsQuerySchema, updateModelSchema } from "@/lib/schemas/models";
import {
  datasetDetailResponseSchema,
  datasetResponseSchema,
  datasetSummaryResponseSchema,
  datasetVersionResponseSchema,
  modelDetailResponseSchema,
  modelResponseSchema,
  modelSummaryResponseSchema,
  versionResponseSchema,
  versionSummaryResponseSchema,
} from "@/lib/schemas/registry-responses";
import {
  listVersionsQuerySchema,
  registerVersionSchema,
  updateVersionMetadataSchema,
} from "@/lib/schemas/versions";
import { defineOperations } from "../define";

const slugParam = { slug: "The model's slug" };
const versionParam = { id: "The version's id" };
const datasetParam = { id: "The dataset's id (or its slug)" };

export const registryOperations = defineOperations([
  {
    method: "post",
    path: "/models",
    summary: "Register a model (base, adapter, fine-tune, merge or quantization) owned by one of your teams",
    tag: "Models",
    permission: "models.write",
    body: createModelSchema,
    success: { status: 201, description: "The model", schema: z.object({ model: modelResponseSchema }) },
    errors: [409],
  },
  {
    method: "get",
    path: "/models",
    summary: "List models: filters, search, sort (newest or name), keyset pages",
    tag: "Models",
    permission: "registry.read",
    query: listModelsQuerySchema,
    success: { status: 200, description: "A page of models", schema: page(modelSummaryResponseSchema) },
  },
  {
    method: "get",
    path: "/models/{slug}",
    summary: "A model with its newest versions (up to 100) and its version count",
    tag: "Models",
    permission: "registry.read",
    pathParams: slugParam,
    success: {
      status: 200,
      description: "The model",
      schema: z.object({ model: modelDetailResponseSchema }),
    },
    errors: [404],
  },
  {
    method: "patch",
    path: "/models/{slug}",
    summary: "Change a model's descriptive fields (not its slug or kind); owners and admins",
    tag: "Models",
    permission: "models.write",
    pathParams: slugParam,
    body: updateModelSchema,
    success: {
      status: 200,
      description: "The model after the change",
      schema: z.object({ model: modelResponseSchema }),
    },
    errors: [404],
  },
  {
    method: "post",
    path: "/models/{slug}/versions",
    summary:
      "Register the next version: parents, datasets, adapter, training facts, model card (all immutable)",
    tag: "Versions",
    permission: "versions.write",
    pathParams: slugParam,
    body: registerVersionSchema,
    success: {
      status: 201,
      description: "The version, in DEVELOPMENT",
      schema: z.object({ version: versionResponseSchema }),
    },
    errors: [404],
  },
  {
    method: "get",
    path: "/versions",
    summary: "List versions across the registry, newest first, with filters and keyset pages",
    tag: "Versions",
    permission: "registry.read",
    query: listVersionsQuerySchema,
    success: { status: 200, description: "A page of versions", schema: page(versionSummaryResponseSchema) },
  },
  {
    method: "get",
    path: "/versions/{id}",
    summary: "A version with its parents, adapter, datasets, artifacts and training facts",
    tag: "Versions",
    permission: "registry.read",
    pathParams: versionParam,
    success: {
      status: 200,
      description: "The version",
      schema: z.object({ version: versionResponseSchema }),
    },
    errors: [404],
  },
  {
    method: "patch",
    path: "/versions/{id}",
    summary: "Change a version's tags or notes; registered facts answer 409 (versions are immutable)",
    tag: "Versions",
    permission: "versions.write",
    pathParams: versionParam,
    body: updateVersionMetadataSchema,
    success: {
      status: 200,
      description: "The version after the change",
      schema: z.object({ version: versionResponseSchema }),
    },
    errors: [404, 409],
  },
  {
    method: "post",
    path: "/datasets",
    summary: "Register a dataset (source and licence) owned by one of your teams",
    tag: "Datasets",
    permission: "datasets.write",
    body: createDatasetSchema,
    success: {
      status: 201,
      description: "The dataset",
      schema: z.object({ dataset: datasetResponseSchema }),
    },
    errors: [409],
  },
  {
    method: "get",
    path: "/datasets",
    summary: "List datasets, newest first, with filters and keyset pages",
    tag: "Datasets",
    permission: "registry.read",
    query: listDatasetsQuerySchema,
    success: { status: 200, description: "A page of datasets", schema: page(datasetSummaryResponseSchema) },
  },
  {
    method: "get",
    path: "/datasets/{id}",
    summary: "A dataset with its versions (up to 200) and their governance facts",
    tag: "Datasets",
    permission: "registry.read",
    pathParams: datasetParam,
    success: {
      status: 200,
      description: "The dataset",
      schema: z.object({ dataset: datasetDetailResponseSchema }),
    },
    errors: [404],
  },
  {
    method: "post",
    path: "/datasets/{id}/versions",
    summary:
      "Register the next version of a dataset with its governance facts (personal data needs a legal basis)",
    tag: "Datasets",
    permission: "datasets.write",
    pathParams: datasetParam,
    body: createDatasetVersionSchema,
    success: {
      status: 201,
      description: "The dataset version",
      schema: z.object({ datasetVersion: datasetVersionResponseSchema }),
    },
    errors: [404],
  },
]);
