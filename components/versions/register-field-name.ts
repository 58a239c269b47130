const NAMES: Record<string, string> = {
  parents: "Lineage",
  datasets: "Datasets",
  adapter: "Adapter",
  "adapter.type": "Adapter type",
  "adapter.rank": "Rank",
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
  hyperparameters: "Hyperparameters",
  codeCommit: "Code commit",
  "compute.gpuType": "GPU type",
  "compute.gpuCount": "GPU count",
  "compute.gpuHours": "GPU hours",
  trainingStartedAt: "Training started",
  trainingFinishedAt: "Training finished",
  parameterCount: "Parameter count",
  contextLength: "Context length",
  modelCard: "Model card",
  modelLicense: "Model licence",
  tags: "Tags",
  notes: "Notes",
};

/** `parents.1.versionId` reads "Parent 2", `tags.3` reads "Tags". */
export function registerFieldName(key: string): string {
  const row = /^(parents|datasets)\.(\d+)\./.exec(key);
  if (row) return `${row[1] === "parents" ? "Parent" : "Dataset"} ${Number(row[2]) + 1}`;
  const parts = key.split(".");
  for (let length = parts.length; length > 0; length--) {
    const name = NAMES[parts.slice(0, length).join(".")];
    if (name) return name;
  }
  return key;
}
