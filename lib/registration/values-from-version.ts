/**
 * A registration form filled from an earlier version of the same model: its parents, datasets, adapter,
 * training facts, tags and model card, as the form holds them (text as typed). What a new training run
 * changes anyway (its times, its notes) starts empty, and so do imported evaluations: a new version's
 * results are its own. The scientist edits what changed and registers.
 */
import type { AdapterType, DatasetRole, LineageRelation, ModelKind } from "@/generated/prisma/enums";
import { initialValues, rowKey, type RegisterFormValues } from "./form-values";

/** What the form takes from a version: the shape of GET /api/v1/versions/{id}, in part. */
export type PrefillSource = {
  parents: { versionId: string; relation: LineageRelation; version: number; model: { slug: string } }[];
  datasets: {
    datasetVersionId: string;
    role: DatasetRole;
    version: number;
    label: string | null;
    dataset: { name: string };
  }[];
  adapter: {
    type: AdapterType;
    rank: number | null;
    alpha: number | null;
    dropout: number | null;
    targetModules: string | string[] | null;
    useRslora: boolean | null;
    taskType: string | null;
    modulesToSave: string[] | null;
    layersToTransform: number[] | null;
    layersPattern: string[] | null;
    rankPattern: Record<string, number> | null;
    alphaPattern: Record<string, number> | null;
  } | null;
  hyperparameters: unknown;
  codeCommit: string | null;
  compute: unknown;
  parameterCount: number | null;
  contextLength: number | null;
  tags: string[];
  modelCard: string | null;
};

const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? "" : String(value);
const list = (values: readonly (string | number)[] | null) => (values ? values.join(", ") : "");
const json = (value: unknown) =>
  value && typeof value === "object" && Object.keys(value).length > 0 ? JSON.stringify(value, null, 2) : "";
const field = (record: unknown, key: string) =>
  record && typeof record === "object" ? (record as Record<string, unknown>)[key] : undefined;

export function valuesFromVersion(
  source: PrefillSource,
  kind: ModelKind,
  modelLicense: string | null,
): RegisterFormValues {
  const empty = initialValues(kind, modelLicense);
  const adapter = source.adapter;
  const gpu = (key: string) => {
    const value = field(source.compute, key);
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  };
  return {
    ...empty,
    parents: source.parents.length
      ? source.parents.map((parent) => ({
          key: rowKey("parent"),
          versionId: parent.versionId,
          label: `${parent.model.slug} v${parent.version}`,
          relation: parent.relation,
        }))
      : empty.parents,
    datasets: source.datasets.map((usage) => ({
      key: rowKey("dataset"),
      datasetVersionId: usage.datasetVersionId,
      label: `${usage.dataset.name} v${usage.version}${usage.label ? ` (${usage.label})` : ""}`,
      role: usage.role,
    })),
    adapter: adapter
      ? {
          type: adapter.type,
          rank: text(adapter.rank),
          alpha: text(adapter.alpha),
          dropout: text(adapter.dropout),
          targetModules: Array.isArray(adapter.targetModules)
            ? adapter.targetModules.join(", ")
            : text(adapter.targetModules),
          targetModulesIsRegex: typeof adapter.targetModules === "string",
          useRslora: adapter.useRslora === true,
          taskType: text(adapter.taskType),
          modulesToSave: list(adapter.modulesToSave),
          layersToTransform: list(adapter.layersToTransform),
          layersPattern: list(adapter.layersPattern),
          rankPattern: json(adapter.rankPattern),
          alphaPattern: json(adapter.alphaPattern),
        }
      : empty.adapter,
    hyperparameters: json(source.hyperparameters),
    codeCommit: text(source.codeCommit),
    gpuType: gpu("gpuType"),
    gpuCount: gpu("gpuCount"),
    gpuHours: gpu("gpuHours"),
    parameterCount: text(source.parameterCount),
    contextLength: text(source.contextLength),
    tags: source.tags.join(", "),
    modelCard: source.modelCard ?? "",
  };
}
