/**
 * The evidence a policy reads (evaluation runs, fairness reports, drift windows, artifacts, model cards,
 * governed datasets) and policy versions, written straight to the tables with explicit timestamps, so
 * tests can place each record before or after an "as of" moment.
 */
import type { ArtifactFormat, DriftMetric, LegalBasis, PolicyMode, Stage } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { unique } from "./factories";

type Owner = { team: { id: string }; user: { id: string } };
type Version = { id: string };

export const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An evaluation run; each metric is `[name, value]` (overall, higher is better) or a full value. */
export async function addRun(
  owner: Owner,
  version: Version,
  suite: string,
  createdAt: Date,
  metrics: ([string, number] | { name: string; value: number; higherIsBetter?: boolean; slice?: string })[],
) {
  return db.evaluationRun.create({
    data: {
      versionId: version.id,
      suite,
      createdAt,
      createdById: owner.user.id,
      metrics: {
        create: metrics.map((m) =>
          Array.isArray(m)
            ? { name: m[0], value: m[1], higherIsBetter: true }
            : { name: m.name, value: m.value, higherIsBetter: m.higherIsBetter ?? true, slice: m.slice },
        ),
      },
    },
    select: { id: true },
  });
}

export async function addFairnessReport(
  owner: Owner,
  version: Version,
  attribute: string,
  createdAt: Date,
  values: { dpd: number; dir?: number | null; eod?: number },
) {
  return db.fairnessReport.create({
    data: {
      versionId: version.id,
      attribute,
      rowCount: 100,
      groups: [],
      demographicParityDifference: values.dpd,
      disparateImpactRatio: values.dir ?? null,
      equalizedOddsDifference: values.eod ?? 0,
      createdById: owner.user.id,
      createdAt,
    },
    select: { id: true },
  });
}

/** A drift window of a week ending at `windowEnd`. */
export async function addDrift(
  version: Version,
  feature: string,
  metric: DriftMetric,
  value: number | null,
  windowEnd: Date,
) {
  return db.driftObservation.create({
    data: {
      versionId: version.id,
      feature,
      metric,
      value,
      windowStart: new Date(windowEnd.getTime() - 7 * 86_400_000),
      windowEnd,
    },
    select: { windowStart: true },
  });
}

export async function addArtifact(owner: Owner, version: Version, format: ArtifactFormat, createdAt: Date) {
  const name = unique("artifact");
  return db.artifact.create({
    data: {
      versionId: version.id,
      name,
      uri: `s3://models/${name}`,
      sizeBytes: 1024,
      sha256: "0".repeat(64),
      format,
      isReference: true,
      createdById: owner.user.id,
      createdAt,
    },
    select: { id: true, name: true },
  });
}

export async function setModelCard(
  version: Version,
  card: { markdown: string | null; sections: Prisma.InputJsonValue | null },
) {
  await db.modelVersion.update({
    where: { id: version.id },
    data: { modelCardMarkdown: card.markdown, modelCardSections: card.sections ?? Prisma.DbNull },
  });
}

/** One version of a dataset with its governance facts. */
export async function createGovernedDataset(
  owner: Owner,
  options: {
    slug?: string;
    license?: string;
    version?: number;
    label?: string;
    containsPersonalData?: boolean;
    legalBasis?: LegalBasis;
  } = {},
) {
  const slug = options.slug ?? unique("dataset");
  const dataset = await db.dataset.create({
    data: {
      slug,
      name: slug,
      source: "internal",
      license: options.license ?? "CC-BY-4.0",
      teamId: owner.team.id,
      createdById: owner.user.id,
    },
    select: { id: true, slug: true },
  });
  const version = await db.datasetVersion.create({
    data: {
      datasetId: dataset.id,
      version: options.version ?? 1,
      label: options.label,
      containsPersonalData: options.containsPersonalData ?? false,
      legalBasis: options.legalBasis,
      createdById: owner.user.id,
    },
    select: { id: true },
  });
  return { dataset, version };
}

/** One saved version of a policy (`key`): rules are stored as given, unvalidated. */
export async function savePolicyVersion(
  owner: Owner,
  options: {
    key: string;
    version: number;
    createdAt: Date;
    rules: unknown[];
    name?: string;
    mode?: PolicyMode;
    enabled?: boolean;
    targetStage?: Stage;
  },
) {
  return db.policy.create({
    data: {
      key: options.key,
      version: options.version,
      name: options.name ?? options.key,
      mode: options.mode ?? "ENFORCE",
      enabled: options.enabled ?? true,
      targetStage: options.targetStage ?? "PRODUCTION",
      rules: options.rules as Prisma.InputJsonValue,
      createdById: owner.user.id,
      createdAt: options.createdAt,
    },
    select: { id: true, key: true, version: true },
  });
}
