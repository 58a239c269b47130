import type { ModelKind } from "@/generated/prisma/enums";

/** The labels the registration form shows, by body key (`compute.gpuCount` is labelled "GPU count"). */
const NAMES: Record<string, string> = {
  parents: "Lineage",
  datasets: "Datasets",
  adapter: "Adapter",
  "adapter.type": "Adapter type",
  "adapter.rank": "Rank (r)",
  "adapter.alpha": "Alpha",
  "adapter.dropout": "Dropout",
  "adapter.targetModules": "Target modules",
  "adapter.useRslora": "rsLoRA",
  "adapter.taskType": "Task type",
  "adapter.modulesToSave": "Modules trained in full",
  "adapter.layersToTransform": "Layers adapted",
  "adapter.layersPattern": "Layers pattern",
  "adapter.rankPattern": "Rank per module",
  "adapter.alphaPattern": "Alpha per module",
  hyperparameters: "Hyperparameters (JSON)",
  codeCommit: "Code commit",
  "compute.gpuType": "GPU type",
  "compute.gpuCount": "GPU count",
  "compute.gpuHours": "GPU hours",
  trainingStartedAt: "Training started",
  trainingFinishedAt: "Training finished",
  parameterCount: "Parameter count",
  contextLength: "Context length",
  modelCard: "Model card (markdown)",
  modelLicense: "Model licence",
  tags: "Tags",
  notes: "Notes",
};

/**
 * A field key as the form labels it: `parents.1.versionId` reads "Parent 2" ("Base version" for an
 * adapter, whose one parent is labelled so), `parents.0.relation` "Parent 1: Relation", `tags.3` "Tags".
 */
export function registerFieldName(key: string, kind: ModelKind): string {
  const parent = /^parents\.(\d+)\.(\w+)/.exec(key);
  if (parent) {
    const name = kind === "ADAPTER" ? "Base version" : `Parent ${Number(parent[1]) + 1}`;
    return parent[2] === "relation" ? `${name}: Relation` : name;
  }
  const dataset = /^datasets\.(\d+)\./.exec(key);
  if (dataset) return `Dataset ${Number(dataset[1]) + 1}`;
  if (key === "parents" && kind === "ADAPTER") return "Base version";
  const parts = key.split(".");
  for (let length = parts.length; length > 0; length--) {
    const name = NAMES[parts.slice(0, length).join(".")];
    if (name) return name;
  }
  return key;
}
