import type { ModelKind } from "@/generated/prisma/enums";
import type { AdapterConfigPrefill } from "@/lib/formats/adapter-config";
import type { ModelCardPrefill } from "@/lib/formats/model-card";
import { runsFromModelIndex } from "@/lib/metrics/input/model-index-runs";
import { tagSchema } from "@/lib/schemas/registry";
import { emptyParentRow, splitList, type RegisterFormValues } from "./form-values";
import { PARENT_SLOTS } from "./parent-slots";

/** The adapter facts of a PEFT adapter_config.json, written into the form (the base is only a hint: it names a Hub id, not a version). */
export function applyAdapterConfig(
  values: RegisterFormValues,
  prefill: AdapterConfigPrefill,
): RegisterFormValues {
  const regex = typeof prefill.targetModules === "string";
  const text = (value: number | null) => (value === null ? "" : String(value));
  const list = (items: (string | number)[] | null) => (items ? items.join(", ") : "");
  const pattern = (value: Record<string, number> | null) => (value ? JSON.stringify(value, null, 2) : "");
  return {
    ...values,
    adapter: {
      type: prefill.adapterType,
      rank: text(prefill.rank),
      alpha: text(prefill.alpha),
      dropout: text(prefill.dropout),
      targetModules: regex
        ? (prefill.targetModules as string)
        : (prefill.targetModules as string[]).join(", "),
      targetModulesIsRegex: regex,
      useRslora: prefill.useRslora ?? false,
      taskType: prefill.taskType ?? "",
      modulesToSave: list(prefill.modulesToSave),
      layersToTransform: list(prefill.layersToTransform),
      layersPattern: list(prefill.layersPattern),
      rankPattern: pattern(prefill.rankPattern),
      alphaPattern: pattern(prefill.alphaPattern),
    },
  };
}

export type ModelCardApplied = { values: RegisterFormValues; notes: string[] };

/**
 * What a Hugging Face model card fills in: the model's licence, the version's tags (those that fit our tag
 * rules), the card's markdown, its model-index results (recorded as evaluation runs at registration) and,
 * when the kind lets a person choose it, the parents' relation. Base models and datasets are shown as
 * hints by the form: they name Hub ids, not registry records.
 */
export function applyModelCard(
  values: RegisterFormValues,
  prefill: ModelCardPrefill,
  kind: ModelKind,
): ModelCardApplied {
  const notes: string[] = [];
  const fitting = prefill.tags
    .map((tag) => tagSchema.safeParse(tag))
    .flatMap((result) => (result.success ? [result.data] : []));
  const skipped = prefill.tags.length - fitting.length;
  if (skipped > 0)
    notes.push(
      `${skipped} of the card's tags do not fit the registry's tag rules (lowercase letters, digits, '.', '_', '-') and were left out`,
    );
  const tags = [...new Set([...splitList(values.tags), ...fitting])].slice(0, 32);

  let parents = values.parents;
  const slots = PARENT_SLOTS[kind];
  if (prefill.relation && slots.relations.length > 1) {
    if (slots.relations.includes(prefill.relation)) {
      const relation = prefill.relation;
      parents = parents.length ? parents.map((row) => ({ ...row, relation })) : [emptyParentRow(relation)];
    } else {
      notes.push(
        `The card describes its base relation as ${prefill.relation}, which a ${kind} model does not use; the relation was left as it was`,
      );
    }
  } else if (prefill.relation && !slots.relations.includes(prefill.relation)) {
    notes.push(
      `The card describes its base relation as ${prefill.relation}, but this model's versions record ${slots.relations[0]}`,
    );
  }

  const { undirected } = runsFromModelIndex(prefill.evaluations, "REGISTRATION");
  for (const { suite, metric } of undirected)
    notes.push(
      `${suite}: ${metric} will not be recorded, since whether higher is better is not known; send it through the evaluations API saying so`,
    );

  return {
    values: {
      ...values,
      modelLicense: prefill.license ?? values.modelLicense,
      evaluations: prefill.evaluations,
      tags: tags.join(", "),
      modelCard: prefill.markdown,
      parents,
    },
    notes,
  };
}
