import { createDatasetInTransaction } from "@/lib/server/datasets/create-dataset";
import { createDatasetVersionInTransaction } from "@/lib/server/datasets/create-dataset-version";
import { DATASETS } from "./tables/datasets";
import { daysAgo, versionKey, type SeedContext } from "./seed-context";

/**
 * Datasets and their versions, through the product's own services, as of the days the story gives them;
 * usages are linked when the model versions trained on them register.
 */
export async function seedDatasets(ctx: SeedContext) {
  for (const spec of DATASETS) {
    const actor = ctx.users[spec.createdBy];
    const dataset = await createDatasetInTransaction(ctx.tx, {
      actor,
      input: {
        slug: spec.slug,
        name: spec.name,
        source: spec.source,
        license: spec.license,
        description: spec.description,
        teamId: ctx.teams[spec.team]!,
      },
      now: daysAgo(ctx, Math.max(...spec.versions.map((v) => v.createdDaysAgo)) + 1),
    });
    for (const [index, version] of spec.versions.entries()) {
      const created = await createDatasetVersionInTransaction(ctx.tx, {
        actor,
        datasetId: dataset.id,
        input: {
          label: version.label,
          checksum: `sha256:${ctx.random.hex(64)}`,
          rows: Number(version.rowCount),
          containsPersonalData: version.personal !== undefined,
          personalDataCategories: version.personal?.categories,
          legalBasis: version.personal?.legalBasis,
          retentionDays: version.personal?.retentionDays,
          region: version.region,
        },
        now: daysAgo(ctx, version.createdDaysAgo),
      });
      ctx.datasetVersions.set(versionKey(spec.slug, index + 1), { id: created.id });
    }
  }
}
