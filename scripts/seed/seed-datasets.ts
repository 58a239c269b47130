import { DATASETS } from "./tables/datasets";
import { audit, daysAgo, versionKey, type SeedContext } from "./seed-context";

/** Datasets and their versions; usages are linked when the model versions trained on them register. */
export async function seedDatasets(ctx: SeedContext) {
  for (const spec of DATASETS) {
    const createdAt = daysAgo(ctx, Math.max(...spec.versions.map((v) => v.createdDaysAgo)) + 1);
    const dataset = await ctx.tx.dataset.create({
      data: {
        slug: spec.slug,
        name: spec.name,
        source: spec.source,
        license: spec.license,
        description: spec.description,
        teamId: ctx.teams[spec.team]!,
        createdById: ctx.users[spec.createdBy].id,
        createdAt,
      },
      select: { id: true },
    });
    await audit(
      ctx,
      createdAt,
      spec.createdBy,
      "dataset.created",
      { type: "dataset", id: dataset.id },
      {
        slug: spec.slug,
        name: spec.name,
        source: spec.source,
        license: spec.license,
        team: spec.team,
      },
    );

    for (const [index, version] of spec.versions.entries()) {
      const data = {
        datasetId: dataset.id,
        version: index + 1,
        label: version.label,
        checksum: ctx.random.hex(64),
        rowCount: version.rowCount,
        containsPersonalData: version.personal !== undefined,
        personalDataCategories: version.personal?.categories ?? [],
        legalBasis: version.personal?.legalBasis ?? null,
        retentionDays: version.personal?.retentionDays ?? null,
        region: version.region ?? null,
        createdById: ctx.users[spec.createdBy].id,
        createdAt: daysAgo(ctx, version.createdDaysAgo),
      };
      const created = await ctx.tx.datasetVersion.create({ data, select: { id: true } });
      ctx.datasetVersions.set(versionKey(spec.slug, index + 1), {
        id: created.id,
        datasetId: dataset.id,
        containsPersonalData: data.containsPersonalData,
        legalBasis: data.legalBasis,
      });
      const { datasetId: _datasetId, createdById: _createdById, createdAt: _createdAt, ...changes } = data;
      await audit(
        ctx,
        data.createdAt,
        spec.createdBy,
        "dataset_version.created",
        { type: "dataset_version", id: created.id },
        { dataset: spec.slug, ...changes },
      );
    }
  }
}
