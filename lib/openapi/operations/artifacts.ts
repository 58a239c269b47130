import { z } from "zod";
import { artifactReferenceSchema, artifactSchema } from "@/lib/schemas/artifacts";
import { page, paginationSchema } from "@/lib/schemas/common";
import {
  adapterConfigBodySchema,
  adapterConfigImportQuerySchema,
  adapterConfigPrefillSchema,
  modelCardImportSchema,
  modelCardPrefillSchema,
} from "@/lib/schemas/imports";
import { defineOperations, PATH_PARAMS } from "../define";

export const artifactOperations = defineOperations([
  {
    method: "post",
    path: "/versions/{id}/artifacts",
    summary:
      "Add an artifact to a version in DEVELOPMENT with no promotion request. Upload: multipart/form-data with the file in `file` (optional `name`, `format` fields sent before it); the server streams it, computes size and sha256, and parses .safetensors headers, adapter_config.json and README.md model cards into `metadata` (a broken file is a 400 and nothing is kept); 413 past MAX_UPLOAD_BYTES. Reference: JSON `{ name, uri, sha256, sizeBytes, format? }` for bytes kept at an hf://, s3:// or https:// URI. The format comes from the name when not given. 409 for a version past DEVELOPMENT, one with a promotion request, or a name it already has.",
    tag: "Artifacts",
    permission: "versions.write",
    pathParams: PATH_PARAMS.version,
    body: artifactReferenceSchema,
    multipart: {
      file: "The artifact's bytes",
      name: "Artifact name (default: the file's name)",
      format: "SAFETENSORS, GGUF, BIN, ADAPTER_CONFIG, MODEL_CARD or OTHER (default: from the name)",
    },
    success: { status: 201, description: "The artifact", schema: z.object({ artifact: artifactSchema }) },
    errors: [404, 409, 413],
  },
  {
    method: "get",
    path: "/versions/{id}/artifacts",
    summary: "A version's artifacts, newest first",
    tag: "Artifacts",
    permission: "registry.read",
    pathParams: PATH_PARAMS.version,
    query: paginationSchema,
    success: { status: 200, description: "One page of artifacts", schema: page(artifactSchema) },
    errors: [404],
  },
  {
    method: "get",
    path: "/artifacts/{id}/download",
    summary:
      "The bytes of an uploaded artifact (ETag and Repr-Digest carry its sha256); a reference answers 404 naming where its bytes are",
    tag: "Artifacts",
    permission: "registry.read",
    pathParams: { id: "Artifact id" },
    success: {
      status: 200,
      description: "The file, as an attachment",
      contentType: "application/octet-stream",
    },
    errors: [404],
  },
  {
    method: "post",
    path: "/imports/model-card",
    summary:
      "Read a Hugging Face model card (README.md) into a registration prefill: base models and relation, datasets, license, tags, task, evaluations from model-index, and which required sections the markdown has. Send the text as text/markdown, or JSON `{ content }`. Stores nothing; bad YAML front matter is a 400 naming the line",
    tag: "Imports",
    permission: "versions.write",
    body: modelCardImportSchema,
    success: {
      status: 200,
      description: "The prefill",
      schema: z.object({ prefill: modelCardPrefillSchema }),
    },
    errors: [413],
  },
  {
    method: "post",
    path: "/imports/adapter-config",
    summary:
      "Read a PEFT adapter_config.json (the JSON body) into adapter facts: type, rank, alpha, dropout, target modules, base model. LoRA and QLoRA configs read the same: pass ?quantizedBase=true for a 4-bit base. Stores nothing",
    tag: "Imports",
    permission: "versions.write",
    query: adapterConfigImportQuerySchema,
    body: adapterConfigBodySchema,
    success: {
      status: 200,
      description: "The prefill",
      schema: z.object({ prefill: adapterConfigPrefillSchema }),
    },
    errors: [413],
  },
]);
