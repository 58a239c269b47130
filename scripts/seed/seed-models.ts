import type { RegisterVersionInput } from "@/lib/schemas/versions";
import { createModelInTransaction } from "@/lib/server/models/create-model";
import { registerVersionInTransaction } from "@/lib/server/versions/register-version";
import { ADAPTERS, BASE_MODELS } from "./tables/base-models";
import { DERIVED_MODELS } from "./tables/derived-models";
import { FINE_TUNED_MODELS } from "./tables/fine-tuned-models";
import type { ModelSpec, VersionSpec } from "./tables/model-spec";
import { renderModelCard } from "./model-card";
import { datasetVersionOf, daysAgo, versionKey, versionOf, type SeedContext } from "./seed-context";

/** Every model line, in an order where each parent exists before its children (as registration requires). */
export async function seedModels(ctx: SeedContext) {
  for (const spec of [...BASE_MODELS, ...ADAPTERS, ...FINE_TUNED_MODELS, ...DERIVED_MODELS]) {
    await seedModel(ctx, spec);
  }
}

async function seedModel(ctx: SeedContext, spec: ModelSpec) {
  const { versions, team, createdBy, ...fields } = spec;
  const createdAt = daysAgo(ctx, Math.max(...versions.map((v) => v.createdDaysAgo)) + 1);
  const model = await createModelInTransaction(ctx.tx, {
    actor: ctx.users[createdBy],
    input: { ...fields, teamId: ctx.teams[team]! },
    now: createdAt,
  });
  for (const [index, version] of versions.entries()) {
    await registerVersion(ctx, spec, { ...model, kind: spec.kind }, index + 1, version);
  }
}

/** A version registered through the product's own registration, as of the day the story gives it. */
async function registerVersion(
  ctx: SeedContext,
  model: ModelSpec,
  registering: Parameters<typeof registerVersionInTransaction>[1]["model"],
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
  const parameterCount = spec.parameterCount ?? inherited?.parameterCount ?? undefined;
  const contextLength = spec.contextLength ?? inherited?.contextLength ?? undefined;
  const adapter = spec.adapter && {
    type: spec.adapter.type,
    rank: spec.adapter.rank,
    alpha: spec.adapter.alpha,
    dropout: spec.adapter.dropout,
    targetModules: spec.adapter.targetModulesRegex ?? spec.adapter.targetModules,
  };

  const created = await registerVersionInTransaction(ctx.tx, {
    actor: ctx.users[model.createdBy],
    model: registering,
    input: {
      parents: parents.map((p) => ({ versionId: p.version.id, relation: p.relation })),
      datasets: datasets.map((d) => ({ datasetVersionId: d.datasetVersion.id, role: d.role })),
      tags: spec.tags,
      notes: spec.notes,
      // plain JSON from the tables; the registration schema checks it as it checks any body
      hyperparameters: spec.hyperparameters as RegisterVersionInput["hyperparameters"],
      codeCommit: trained ? ctx.random.hex(40) : undefined,
      compute: spec.compute,
      trainingStartedAt:
        trained && spec.compute
          ? new Date(trainingFinishedAt.getTime() - trainingHours * 3_600_000).toISOString()
          : undefined,
      trainingFinishedAt: trained && spec.compute ? trainingFinishedAt.toISOString() : undefined,
      parameterCount:
        parameterCount === undefined || parameterCount === null ? undefined : Number(parameterCount),
      contextLength: contextLength ?? undefined,
      modelCard: spec.card ? renderModelCard(model, number, spec, parentModels) : undefined,
      adapter,
    },
    now: createdAt,
  });
  if (created.version !== number)
    throw new Error(`seed data: ${model.slug} registered as v${created.version}, not v${number}`);

  ctx.versions.set(versionKey(model.slug, number), {
    id: created.id,
    modelId: registering.id,
    slug: model.slug,
    kind: model.kind,
    hfId: model.hfId ?? null,
    version: number,
    finalStage: spec.finalStage,
    createdBy: model.createdBy,
    createdAt,
    parents: parents.map((p) => p.key),
    datasetVersions: datasets.map((d) => d.key),
    parameterCount: created.parameterCount,
    contextLength: created.contextLength,
  });
}
