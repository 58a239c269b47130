import type { LineageRelation, ModelKind } from "@/generated/prisma/enums";
import type { FieldErrors } from "@/lib/errors";

/**
 * What a version's kind says about its parents, checked at registration (parents are fixed then, so
 * these hold for the life of the version). Pure: the caller loads the parents' kinds.
 */
export type ParentFact = { relation: LineageRelation; parentKind?: ModelKind };
export type VersionShape = { kind: ModelKind; hasAdapter: boolean; parents: readonly ParentFact[] };

/** Relations that only one kind of model may use, because they say what the child is. */
const RELATION_OWNER: Partial<Record<LineageRelation, ModelKind>> = {
  ADAPTER_OF: "ADAPTER",
  MERGED_FROM: "MERGED",
  QUANTIZED_FROM: "QUANTIZED",
};

const count = (parents: readonly ParentFact[], relation: LineageRelation) =>
  parents.filter((parent) => parent.relation === relation).length;

/** Field errors keyed like the request body (`adapter`, `parents`, `parents.N.relation`); empty when the shape is valid. */
export function parentRuleErrors({ kind, hasAdapter, parents }: VersionShape): FieldErrors {
  const fields: FieldErrors = {};

  if (kind === "ADAPTER") {
    if (!hasAdapter)
      fields.adapter = "Required for a version of an ADAPTER model (type, rank, alpha, target modules)";
    if (count(parents, "ADAPTER_OF") !== 1) {
      fields.parents = "An adapter version has exactly one ADAPTER_OF parent: the base version it applies to";
    }
  } else if (hasAdapter) {
    fields.adapter = "Only versions of ADAPTER models have adapter facts";
  }
  if (kind === "MERGED" && count(parents, "MERGED_FROM") < 2) {
    fields.parents = "A merge has at least two MERGED_FROM parents";
  }
  if (kind === "QUANTIZED" && count(parents, "QUANTIZED_FROM") !== 1) {
    fields.parents = "A quantized version has exactly one QUANTIZED_FROM parent";
  }

  parents.forEach((parent, index) => {
    const owner = RELATION_OWNER[parent.relation];
    if (owner && owner !== kind) {
      fields[`parents.${index}.relation`] = `${parent.relation} is only for versions of ${owner} models`;
    } else if (parent.relation === "ADAPTER_OF" && parent.parentKind === "ADAPTER") {
      fields[`parents.${index}.versionId`] = "An adapter's base must be a model version, not another adapter";
    }
  });
  return fields;
}
