import "server-only";
import type { Stage } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { modelSelect, type ModelView } from "./model-view";

/** The newest versions shown with a model; the full list is `listVersions({ model: slug })`. */
export const MODEL_VERSIONS_SHOWN = 100;

export type ModelVersionSummary = {
  id: string;
  version: number;
  stage: Stage;
  tags: string[];
  createdAt: Date;
};
export type ModelDetail = ModelView & {
  versionCount: number;
  /** the number the next registration gets: numbers are never given twice, so not versionCount + 1 */
  nextVersion: number;
  versions: ModelVersionSummary[];
  /** key-value tags (MLflow's `set_registered_model_tag`), by key */
  keyTags: { key: string; value: string }[];
  /** named pointers to one version each (MLflow's aliases, e.g. `champion`), by name */
  aliases: { alias: string; version: { id: string; version: number; stage: Stage } }[];
};

/**
 * A model with its newest versions (at most MODEL_VERSIONS_SHOWN), how many it has in all, and its
 * key-value tags and aliases.
 */
export async function getModelBySlugOrThrow(principal: Principal, slug: string): Promise<ModelDetail> {
  requirePermission(principal, "registry.read");
  const model = await db.model.findUnique({
    where: { slug },
    select: {
      ...modelSelect,
      lastVersionNumber: true,
      _count: { select: { versions: true } },
      versions: {
        orderBy: { version: "desc" },
        take: MODEL_VERSIONS_SHOWN,
        select: { id: true, version: true, stage: true, tags: true, createdAt: true },
      },
      keyTags: { orderBy: { key: "asc" }, select: { key: true, value: true } },
      aliases: {
        orderBy: { alias: "asc" },
        select: { alias: true, version: { select: { id: true, version: true, stage: true } } },
      },
    },
  });
  if (!model) throw notFound(`The model "${slug}"`);
  const { _count, lastVersionNumber, ...rest } = model;
  return { ...rest, versionCount: _count.versions, nextVersion: lastVersionNumber + 1 };
}
