/**
 * The request messages of model_registry.proto that this registry answers, as zod schemas over what
 * arrives: query parameters (all strings) for GET, JSON for the other methods. Fields a client adds
 * that we do not use (newer MLflow versions add some, e.g. `deployment_job_id`) are accepted and
 * ignored, never an error; MLflow 3's `model_id` is kept.
 */
import { z } from "zod";
import { aliasSchema, keyTagKeySchema, keyTagValueSchema } from "@/lib/schemas/key-tags";
import { unreadableCharacterIn } from "@/lib/schemas/names";
import { MlflowError } from "./errors";

const text = (max: number) =>
  z
    .union([z.string(), z.number().transform(String)], { error: "Must be text" })
    .refine((value) => value.length <= max, `At most ${max} characters`);
const required = (max: number) => text(max).refine((value) => value.trim().length > 0, "Required");

/** A registered model's name: visible text, as every name in the registry. */
const modelName = required(200)
  .transform((value) => value.trim())
  .superRefine((value, ctx) => {
    const problem = unreadableCharacterIn(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** `version` is a string in MLflow's messages; it must still name a whole version number. */
const versionNumber = z
  .union([z.string(), z.number()], { error: "Must be a version number" })
  .transform((value) => String(value).trim())
  .refine((value) => /^[0-9]{1,9}$/.test(value), "Must be a whole version number such as '1'")
  .transform(Number);

const tagValue = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : value),
  keyTagValueSchema.default(""),
);
const optionalText = (max: number) =>
  z
    .union([z.string(), z.null()], { error: "Must be text" })
    .refine((value) => value === null || value.length <= max, `At most ${max} characters`)
    .optional();
const tagList = z
  .array(z.object({ key: keyTagKeySchema, value: tagValue }), { error: "A list of { key, value }" })
  .max(100, "At most 100 tags")
  .optional();

/** A repeated field: JSON lists, or a query parameter given once or several times. */
const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined || Array.isArray(value) ? value : [value]),
    z.array(item).optional(),
  );

const wholeNumber = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z.number({ error: "Must be a whole number" }).int("Must be a whole number").min(1, "Must be at least 1"),
);

export const createRegisteredModelMessage = z.object({
  name: modelName,
  tags: tagList,
  description: optionalText(10_000),
});
export const registeredModelMessage = z.object({ name: modelName });
export const updateRegisteredModelMessage = z.object({ name: modelName, description: optionalText(10_000) });
export const renameRegisteredModelMessage = z.object({ name: modelName, new_name: modelName });
export const searchMessage = z.object({
  filter: z.string({ error: "Must be text" }).max(10_000, "At most 10,000 characters").optional(),
  max_results: wholeNumber.optional(),
  order_by: repeated(z.string().max(200)),
  page_token: z.string().max(1000).optional(),
});
export const getLatestVersionsMessage = z.object({ name: modelName, stages: repeated(z.string().max(50)) });
export const setRegisteredModelTagMessage = z.object({
  name: modelName,
  key: keyTagKeySchema,
  value: tagValue,
});
export const deleteRegisteredModelTagMessage = z.object({ name: modelName, key: keyTagKeySchema });
export const setAliasMessage = z.object({ name: modelName, alias: aliasSchema, version: versionNumber });
export const aliasMessage = z.object({ name: modelName, alias: aliasSchema });

export const createModelVersionMessage = z.object({
  name: modelName,
  // an index key: at most 2048 bytes, well under PostgreSQL's limit for one
  source: required(2048).refine((value) => Buffer.byteLength(value) <= 2048, "At most 2048 bytes"),
  run_id: optionalText(256),
  tags: tagList,
  run_link: optionalText(2048),
  description: optionalText(10_000),
  model_id: optionalText(256),
});
export const modelVersionMessage = z.object({ name: modelName, version: versionNumber });
export const updateModelVersionMessage = modelVersionMessage.extend({ description: optionalText(10_000) });
export const transitionStageMessage = modelVersionMessage.extend({
  stage: required(50),
  archive_existing_versions: z
    .union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")], {
      error: "true or false",
    })
    .optional(),
});
export const setModelVersionTagMessage = modelVersionMessage.extend({
  key: keyTagKeySchema,
  value: tagValue,
});
export const deleteModelVersionTagMessage = modelVersionMessage.extend({ key: keyTagKeySchema });

/** mlflow_artifacts.proto's ListArtifacts: the folder to list, relative to the proxy's root. */
export const listArtifactsMessage = z.object({ path: z.string().max(2048).optional() });

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | null | undefined)?.[key];
  return value;
}

/** Parses a message, or throws INVALID_PARAMETER_VALUE in MLflow's words, naming the parameter. */
export function parseMessage<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const body = input ?? {};
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const parameter = issue.path.map(String).join(".") || "body";
  const given = valueAt(body, issue.path);
  throw new MlflowError(
    "INVALID_PARAMETER_VALUE",
    given === undefined || given === null || given === ""
      ? `Missing value for required parameter '${parameter}'.`
      : `Invalid value for parameter '${parameter}': ${issue.message}`,
  );
}
