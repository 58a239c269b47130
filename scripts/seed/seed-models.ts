import type { Prisma } from "@/generated/prisma/client";
import { sectionStatuses } from "@/lib/formats/model-card-sections";
import { ADAPTERS, BASE_MODELS } from "./tables/base-models";
import { DERIVED_MODELS } from "./tables/derived-models";
import { FINE_TUNED_MODELS } from "./tables/fine-tuned-models";
import type { ModelSpec, VersionSpec } from "./tables/model-spec";
import { renderModelCard } from "./model-card";
import { audit, datasetVersionOf, daysAgo, versionKey, versionOf, type SeedContext } from "./seed-context";

/** Every model line, in an order where each parent exists before its children (as registration requires). */
export async function seedModels(ctx: SeedContext) {
  for (const spec of [...BASE_MODELS, ...ADAPTERS, ...FINE_TUNED_MODELS, ...DERIVED_MODELS]) {
    await seedModel(ctx, spec);
  }
}

async function seedModel(ctx: SeedContext, spec: ModelSpec) {
  const { versions, team, createdBy, ...fields } = spec;
  const createdAt = daysAgo(ctx, Math.max(...versions.map((v) => v.createdDaysAgo)) + 1);
  const model = await ctx.tx.model.create({
    data: { ...fields, teamId: ctx.teams[team]!, createdById: ctx.users[createdBy].id, createdAt },
    select: { id: true },
  });
  await audit(
    ctx,
    createdAt,
    createdBy,
    "model.created",
    { type: "model", id: model.id },
    { ...fields, team },
  );
  for (const [index, version] of versions.entries()) {
    await registerVersion(ctx, spec, model.id, index + 1, version);
  }
}

async function registerVersion(
  ctx: SeedContext,
  model: ModelSpec,
  modelId: string,
  number: number,
  spec: VersionSpec,
) {
  const parents = (spec.parents ?? []).map((p) => ({ ...p, version: versionOf(ctx, p.key) }));
  const datasets = (spec.datasets ?? []).map((d) => ({ ...d, datasetVersion: datasetVersionOf(ctx, d.key) }));
  const createdAt = daysAgo(ctx, spec.createdDaysAgo);
  const trained = model.kind !== "BASE";
  // A full fine-tune, merge or quantisation keeps the shape of its first parent.
  const inherited = parents[0] && model.kind !== "ADAPTER" ? parents[0].version : undefined;
  const trainingFinishedAt = new Date(createdAt.getTime() - 3 * 3_600_000);
  const trainingHours = spec.compute ? spec.compute.gpuHours / spec.compute.gpuCount : 0;
  const parentModels = parents.map((p) => p.version.hfId ?? p.key);
  const markdown = spec.card ? renderModelCard(model, number, spec, parentModels) : undefined;

  const data: Prisma.ModelVersionUncheckedCreateInput = {
    modelId,
    version: number,
    tags: spec.tags ?? [],
    notes: spec.notes,
    hyperparameters: spec.hyperparameters as Prisma.InputJsonValue | undefined,
    codeCommit: trained ? ctx.random.hex(40) : undefined,
    compute: spec.compute,
    trainingStartedAt:
      trained && spec.compute
        ? new Date(trainingFinishedAt.getTime() - trainingHours * 3_600_000)
        : undefined,
    trainingFinishedAt: trained && spec.compute ? trainingFinishedAt : undefined,
    parameterCount: spec.parameterCount ?? inherited?.parameterCount ?? undefined,
    contextLength: spec.contextLength ?? inherited?.contextLength ?? undefined,
    modelCardMarkdown: markdown,
    // judged by the product's own detector from the rendered card, as registration does
    modelCardSections: markdown ? sectionStatuses(markdown) : undefined,
    adapterType: spec.adapter?.type,
    adapterRank: spec.adapter?.rank,
    adapterAlpha: spec.adapter?.alpha,
    adapterDropout: spec.adapter?.dropout,
    adapterTargetModules: spec.adapter?.targetModules ?? [],
    adapterTargetModulesRegex: spec.adapter?.targetModulesRegex,
    createdById: ctx.users[model.createdBy].id,
    createdAt,
    parentEdges: {
      create: parents.map((p) => ({ parentId: p.version.id, relation: p.relation, createdAt })),
    },
    datasetUsages: { create: datasets.map((d) => ({ datasetVersionId: d.datasetVersion.id, role: d.role })) },
  };
  const created = await ctx.tx.modelVersion.create({ data, select: { id: true } });

  const key = versionKey(model.slug, number);
  ctx.versions.set(key, {
    id: created.id,
    modelId,
    slug: model.slug,
    kind: model.kind,
    hfId: model.hfId ?? null,
    version: number,
    finalStage: spec.finalStage,
    createdBy: model.createdBy,
    createdAt,
    parents: parents.map((p) => p.key),
    datasetVersions: datasets.map((d) => d.key),
    parameterCount: (data.parameterCount as bigint | undefined) ?? null,
    contextLength: data.contextLength ?? null,
  });
  await audit(
    ctx,
    createdAt,
    model.createdBy,
    "model_version.registered",
    { type: "model_version", id: created.id },
    {
      model: model.slug,
      version: number,
      stage: "DEVELOPMENT",
      parents: parents.map((p) => ({ versionId: p.version.id, relation: p.relation })),
      datasets: datasets.map((d) => ({ datasetVersionId: d.datasetVersion.id, role: d.role })),
      adapter: spec.adapter ?? null,
      hyperparameters: spec.hyperparameters ?? null,
      codeCommit: data.codeCommit ?? null,
      compute: spec.compute ?? null,
      parameterCount: data.parameterCount ?? null,
      tags: data.tags,
    },
  );
}
