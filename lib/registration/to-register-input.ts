import type { ModelKind } from "@/generated/prisma/enums";
import type { FieldErrors } from "@/lib/errors";
import { parentRuleErrors } from "@/lib/lineage/parent-rules";
import { registerVersionSchema, type RegisterVersionInput } from "@/lib/schemas/versions";
import { fieldErrorsOf } from "@/lib/validation";
import { splitList, type RegisterFormValues } from "./form-values";
import {
  readCount,
  readIndexList,
  readJsonObject,
  readLocalDateTime,
  readNumber,
  readText,
  type Read,
} from "./parse-fields";

const LORA_FAMILY: ReadonlySet<string> = new Set(["LORA", "QLORA", "DORA"]);

// Per-module overrides are checked by the shared schema (numbers in range), as the server does.
type PerModule = Record<string, number> | undefined;
const listOrUndefined = (text: string) => {
  const items = splitList(text);
  return items.length ? items : undefined;
};

/**
 * The registration body from the form, with the message of every field that could not be read (keyed like
 * the body: `adapter.rank`, `compute.gpuHours`). Empty fields are left out; empty parent and dataset rows
 * are kept, so the server's "Required" lands on the row that needs a choice.
 */
export function toRegisterInput(
  values: RegisterFormValues,
  kind: ModelKind,
): { input: RegisterVersionInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const take = <T>(field: string, read: Read<T>): T | undefined => {
    if ("error" in read) {
      errors[field] = read.error;
      return undefined;
    }
    return read.value;
  };

  const { adapter } = values;
  const targets = adapter.targetModulesIsRegex
    ? adapter.targetModules.trim()
    : splitList(adapter.targetModules);
  const compute = {
    gpuType: take("compute.gpuType", readText(values.gpuType)),
    gpuCount: take("compute.gpuCount", readCount(values.gpuCount, "8")),
    gpuHours: take("compute.gpuHours", readNumber(values.gpuHours)),
  };
  const tags = splitList(values.tags).map((tag) => tag.toLowerCase());

  const input: RegisterVersionInput = {
    parents: values.parents.length
      ? values.parents.map((p) => ({ versionId: p.versionId, relation: p.relation }))
      : undefined,
    datasets: values.datasets.length
      ? values.datasets.map((d) => ({ datasetVersionId: d.datasetVersionId, role: d.role }))
      : undefined,
    adapter:
      kind === "ADAPTER"
        ? {
            type: (adapter.type || undefined) as NonNullable<RegisterVersionInput["adapter"]>["type"],
            rank: take("adapter.rank", readNumber(adapter.rank)),
            alpha: take("adapter.alpha", readNumber(adapter.alpha)),
            dropout: take("adapter.dropout", readNumber(adapter.dropout)),
            targetModules: targets.length ? targets : undefined,
            // a LoRA-family adapter either uses rsLoRA or does not; other methods have no scaling to change
            useRslora: LORA_FAMILY.has(adapter.type) ? adapter.useRslora : undefined,
            taskType: take("adapter.taskType", readText(adapter.taskType)),
            modulesToSave: listOrUndefined(adapter.modulesToSave),
            layersToTransform: take("adapter.layersToTransform", readIndexList(adapter.layersToTransform)),
            layersPattern: listOrUndefined(adapter.layersPattern),
            rankPattern: take("adapter.rankPattern", readJsonObject(adapter.rankPattern)) as PerModule,
            alphaPattern: take("adapter.alphaPattern", readJsonObject(adapter.alphaPattern)) as PerModule,
          }
        : undefined,
    hyperparameters: take(
      "hyperparameters",
      readJsonObject(values.hyperparameters),
    ) as RegisterVersionInput["hyperparameters"],
    codeCommit: take("codeCommit", readText(values.codeCommit)),
    compute: Object.values(compute).some((value) => value !== undefined) ? compute : undefined,
    trainingStartedAt: take("trainingStartedAt", readLocalDateTime(values.trainingStartedAt)),
    trainingFinishedAt: take("trainingFinishedAt", readLocalDateTime(values.trainingFinishedAt)),
    parameterCount: take("parameterCount", readCount(values.parameterCount, "8030261248 or 8.03B")),
    contextLength: take("contextLength", readCount(values.contextLength, "8192 or 128K")),
    modelCard: values.modelCard.trim() ? values.modelCard : undefined,
    tags: tags.length ? tags : undefined,
    notes: take("notes", readText(values.notes)),
    evaluations: values.evaluations.length ? values.evaluations : undefined,
  };
  return { input, errors };
}

/**
 * Everything the browser can check before sending: unreadable fields, the shared schema, and the kind's
 * parent rules. The server checks all of it again, plus what needs the database (references, ownership).
 */
export function checkRegistration(
  values: RegisterFormValues,
  kind: ModelKind,
): { input: RegisterVersionInput; errors: FieldErrors } {
  const { input, errors } = toRegisterInput(values, kind);
  const parsed = registerVersionSchema.safeParse(input);
  const schemaErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const rules = parentRuleErrors({
    kind,
    hasAdapter: input.adapter !== undefined,
    parents: input.parents ?? [],
  });
  return { input, errors: { ...rules, ...schemaErrors, ...errors } };
}
