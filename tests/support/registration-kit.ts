/**
 * What the registration tests share: the people, a base model `llama-base` with one version, and a
 * dataset version to train on, made once per test file (in its own database).
 */
import { beforeAll } from "vitest";
import { createDataset } from "@/lib/server/datasets/create-dataset";
import { createDatasetVersion } from "@/lib/server/datasets/create-dataset-version";
import { db } from "@/lib/server/db";
import { makeModel, makeVersion, setupPeople } from "./people-kit";

export type RegistrationWorld = {
  people: Awaited<ReturnType<typeof setupPeople>>;
  /** the one version of `llama-base` */
  baseVersionId: string;
  /** a dataset version without personal data */
  trainSetId: string;
};

/** The world of a test file, filled in by its beforeAll. */
export function registrationKit(): RegistrationWorld {
  const world = {} as RegistrationWorld;
  beforeAll(async () => {
    world.people = await setupPeople();
    const { principal } = world.people.scientistA;
    const base = await makeModel(principal, { slug: "llama-base" });
    world.baseVersionId = (await makeVersion(principal, base.slug)).id;
    const dataset = await createDataset(principal, {
      slug: "support-tickets",
      name: "Tickets",
      source: "crm export",
      license: "internal",
    });
    world.trainSetId = (
      await createDatasetVersion(principal, dataset.id, { containsPersonalData: false })
    ).id;
  });
  return world;
}

/** What a registration writes, to show a refused one wrote nothing. */
export const registrationCounts = async () => ({
  versions: await db.modelVersion.count(),
  edges: await db.lineageEdge.count(),
  usages: await db.datasetUsage.count(),
  audit: await db.auditEvent.count(),
});
