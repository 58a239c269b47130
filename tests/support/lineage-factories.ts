/**
 * Models, versions, edges and dataset usages written straight to the tables, so lineage tests do not
 * depend on the registration services (built elsewhere). Fixed values, unique slugs.
 */
import type { DatasetRole, LineageRelation, ModelKind, Stage } from "@/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { createTeam, createUser, unique } from "./factories";

/** A team and a data scientist in it: the owner of everything the other factories create by default. */
export async function createOwner() {
  const team = await createTeam();
  const { user, principal } = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
  return { team, user, principal };
}

type Owner = { team: { id: string }; user: { id: string } };

export async function createModel(
  owner: Owner,
  options: { kind?: ModelKind; slug?: string; name?: string } = {},
) {
  const slug = options.slug ?? unique("model");
  return db.model.create({
    data: {
      slug,
      name: options.name ?? slug,
      kind: options.kind ?? "FINE_TUNED",
      teamId: owner.team.id,
      createdById: owner.user.id,
    },
    select: { id: true, slug: true, name: true, kind: true },
  });
}

const versionNumbers = new Map<string, number>();

/** The next version of the model (a model of its own when none is given). */
export async function createVersion(
  owner: Owner,
  options: { model?: { id: string }; kind?: ModelKind; stage?: Stage; name?: string } = {},
) {
  const model = options.model ?? (await createModel(owner, { kind: options.kind, name: options.name }));
  const version = (versionNumbers.get(model.id) ?? 0) + 1;
  versionNumbers.set(model.id, version);
  return db.modelVersion.create({
    data: { modelId: model.id, version, stage: options.stage ?? "DEVELOPMENT", createdById: owner.user.id },
    select: { id: true, modelId: true, version: true, stage: true },
  });
}

export async function createEdge(
  parent: { id: string },
  child: { id: string },
  relation: LineageRelation = "FINETUNED_FROM",
) {
  return db.lineageEdge.create({
    data: { parentId: parent.id, childId: child.id, relation },
    select: { id: true },
  });
}

/** `length` versions, each fine-tuned from the one before; returns them from the root down. */
export async function createChain(owner: Owner, length: number) {
  const chain = [];
  for (let i = 0; i < length; i++) {
    const version = await createVersion(owner);
    if (chain.length) await createEdge(chain[chain.length - 1]!, version);
    chain.push(version);
  }
  return chain;
}

export async function createDataset(owner: Owner, versions = 1) {
  const slug = unique("dataset");
  const dataset = await db.dataset.create({
    data: {
      slug,
      name: slug,
      source: "internal",
      license: "CC-BY-4.0",
      teamId: owner.team.id,
      createdById: owner.user.id,
    },
    select: { id: true },
  });
  const datasetVersions = [];
  for (let version = 1; version <= versions; version++) {
    datasetVersions.push(
      await db.datasetVersion.create({
        data: { datasetId: dataset.id, version, containsPersonalData: false, createdById: owner.user.id },
        select: { id: true },
      }),
    );
  }
  return { dataset, versions: datasetVersions };
}

export async function useDataset(
  version: { id: string },
  datasetVersion: { id: string },
  role: DatasetRole = "TRAIN",
) {
  return db.datasetUsage.create({
    data: { modelVersionId: version.id, datasetVersionId: datasetVersion.id, role },
    select: { id: true },
  });
}
