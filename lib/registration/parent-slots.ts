import type { LineageRelation, ModelKind } from "@/generated/prisma/enums";

/**
 * What the registration form offers for a version's parents, by the model's kind. It mirrors the rules the
 * server enforces (lib/lineage/parent-rules.ts), so the form starts in a shape that can pass them.
 */
export type ParentSlots = {
  /** relations a parent row may choose from; one means the relation is fixed */
  relations: readonly LineageRelation[];
  /** rows the form starts with */
  initial: number;
  /** fewest rows the kind needs */
  min: number;
  /** most rows the kind allows (null: no limit) */
  max: number | null;
};

export const PARENT_SLOTS: Record<ModelKind, ParentSlots> = {
  BASE: { relations: ["FINETUNED_FROM", "DISTILLED_FROM"], initial: 0, min: 0, max: null },
  FINE_TUNED: { relations: ["FINETUNED_FROM", "DISTILLED_FROM"], initial: 1, min: 0, max: null },
  ADAPTER: { relations: ["ADAPTER_OF"], initial: 1, min: 1, max: 1 },
  MERGED: { relations: ["MERGED_FROM"], initial: 2, min: 2, max: null },
  QUANTIZED: { relations: ["QUANTIZED_FROM"], initial: 1, min: 1, max: 1 },
};
