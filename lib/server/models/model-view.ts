import "server-only";
import type { Prisma, Stage } from "@/generated/prisma/client";

/** What every reader of a model sees: the row, its owning team and its creator. */
export const modelSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  hfId: true,
  baseFamily: true,
  description: true,
  license: true,
  task: true,
  riskTier: true,
  intendedUse: true,
  createdAt: true,
  updatedAt: true,
  team: { select: { id: true, slug: true, name: true } },
  createdBy: { select: { id: true, name: true, email: true } },
} satisfies Prisma.ModelSelect;

export type ModelView = Prisma.ModelGetPayload<{ select: typeof modelSelect }>;

/** A list row: no long texts; the version count and latest version come from one grouped query each page. */
export const modelSummarySelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  hfId: true,
  baseFamily: true,
  license: true,
  task: true,
  riskTier: true,
  createdAt: true,
  updatedAt: true,
  team: { select: { id: true, slug: true, name: true } },
} satisfies Prisma.ModelSelect;

export type LatestVersion = { id: string; version: number; stage: Stage };
export type ModelSummary = Prisma.ModelGetPayload<{ select: typeof modelSummarySelect }> & {
  versionCount: number;
  latestVersion: LatestVersion | null;
};

/** The fields a PATCH may change, in the order the change log lists them. */
export const EDITABLE_MODEL_FIELDS = [
  "name",
  "description",
  "license",
  "task",
  "riskTier",
  "intendedUse",
  "baseFamily",
] as const;
