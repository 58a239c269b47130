import type { AdapterType, DatasetRole, LineageRelation, ModelKind } from "@/generated/prisma/enums";
import type { ModelCardEvaluation } from "@/lib/formats/model-card-evaluations";
import { PARENT_SLOTS } from "./parent-slots";

/**
 * The registration form as the browser holds it: text as typed, so nothing is lost while it is invalid.
 * `toRegisterInput` turns it into the body registerVersion takes.
 */
export type ParentRow = { key: string; versionId: string; label: string; relation: LineageRelation };
export type DatasetRow = { key: string; datasetVersionId: string; label: string; role: DatasetRole };
export type AdapterValues = {
  type: AdapterType | "";
  rank: string;
  alpha: string;
  dropout: string;
  targetModules: string;
  targetModulesIsRegex: boolean;
  /** PEFT's less common facts, under "More PEFT settings": lists comma-separated, patterns as JSON */
  useRslora: boolean;
  taskType: string;
  modulesToSave: string;
  layersToTransform: string;
  layersPattern: string;
  rankPattern: string;
  alphaPattern: string;
};

export type RegisterFormValues = {
  parents: ParentRow[];
  datasets: DatasetRow[];
  adapter: AdapterValues;
  hyperparameters: string;
  codeCommit: string;
  gpuType: string;
  gpuCount: string;
  gpuHours: string;
  /** `datetime-local` values, read in the browser's time zone */
  trainingStartedAt: string;
  trainingFinishedAt: string;
  parameterCount: string;
  contextLength: string;
  /** comma- or space-separated */
  tags: string;
  notes: string;
  modelCard: string;
  /** the model's licence: a registration may set it (e.g. from an imported card) */
  modelLicense: string;
  /** the imported card's model-index results, recorded as evaluation runs when the version registers */
  evaluations: ModelCardEvaluation[];
};

let rowCounter = 0;
/** Stable keys for list rows, so React keeps each row's input state when another row is removed. */
export const rowKey = (prefix: string) => `${prefix}-${++rowCounter}`;

export const emptyParentRow = (relation: LineageRelation): ParentRow => ({
  key: rowKey("parent"),
  versionId: "",
  label: "",
  relation,
});

export function initialValues(kind: ModelKind, modelLicense: string | null): RegisterFormValues {
  const slots = PARENT_SLOTS[kind];
  return {
    parents: Array.from({ length: slots.initial }, () => emptyParentRow(slots.relations[0]!)),
    datasets: [],
    adapter: {
      type: kind === "ADAPTER" ? "LORA" : "",
      rank: "",
      alpha: "",
      dropout: "",
      targetModules: "",
      targetModulesIsRegex: false,
      useRslora: false,
      taskType: "",
      modulesToSave: "",
      layersToTransform: "",
      layersPattern: "",
      rankPattern: "",
      alphaPattern: "",
    },
    hyperparameters: "",
    codeCommit: "",
    gpuType: "",
    gpuCount: "",
    gpuHours: "",
    trainingStartedAt: "",
    trainingFinishedAt: "",
    parameterCount: "",
    contextLength: "",
    tags: "",
    notes: "",
    modelCard: "",
    modelLicense: modelLicense ?? "",
    evaluations: [],
  };
}

/** Splits a comma- or whitespace-separated list, dropping empty items. */
export const splitList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
