import { beforeAll, describe, expect, it } from "vitest";
import { createDataset } from "@/lib/server/datasets/create-dataset";
import { createDatasetVersion } from "@/lib/server/datasets/create-dataset-version";
import { db } from "@/lib/server/db";
import { makeModel, makeVersion, setupPeople } from "@/tests/support/people-kit";
import { canChange } from "@/lib/server/registry/can-change";
import { createUser } from "@/tests/support/factories";
import { getVersionContext } from "./get-version-context";
import { listVersionDatasets } from "./list-version-datasets";

let people: Awaited<ReturnType<typeof setupPeople>>;
let versionId: string;

beforeAll(async () => {
  people = await setupPeople();
  const model = await makeModel(people.scientistA.principal);
  versionId = (await makeVersion(people.scientistA.principal, model.slug)).id;
});

describe("getVersionContext", () => {
  it("names the owning team and lets only its scientists and admins change the version", async () => {
    const context = await getVersionContext(people.scientistA.principal, versionId);
    expect(context).toEqual({
      team: { id: people.teamA.id, slug: people.teamA.slug, name: people.teamA.name },
      mayChange: true,
      promotionRequested: false,
      mayPromote: true,
      mayRecordMetrics: true,
      mayOverride: false,
    });
    expect((await getVersionContext(people.admin.principal, versionId)).mayChange).toBe(true);
    expect((await getVersionContext(people.scientistB.principal, versionId)).mayChange).toBe(false);
    // Officers and leaders read the version but may not write versions at all.
    expect((await getVersionContext(people.officer.principal, versionId)).mayChange).toBe(false);
    expect((await getVersionContext(people.leader.principal, versionId)).mayChange).toBe(false);
    // Metrics follow the same team rule, at any stage (a PRODUCTION version is still monitored).
    expect((await getVersionContext(people.scientistB.principal, versionId)).mayRecordMetrics).toBe(false);
    expect((await getVersionContext(people.leader.principal, versionId)).mayRecordMetrics).toBe(false);
  });

  it("lets the owning team's scientists request promotions and only admins override the stage", async () => {
    const rights = async (who: "scientistB" | "officer" | "admin") => {
      const { mayPromote, mayOverride } = await getVersionContext(people[who].principal, versionId);
      return { mayPromote, mayOverride };
    };
    expect(await rights("scientistB")).toEqual({ mayPromote: false, mayOverride: false });
    expect(await rights("officer")).toEqual({ mayPromote: false, mayOverride: false });
    expect(await rights("admin")).toEqual({ mayPromote: true, mayOverride: true });
  });

  it("reports a promotion request, which closes the version's artifacts", async () => {
    const model = await makeModel(people.scientistA.principal);
    const requested = await makeVersion(people.scientistA.principal, model.slug);
    await db.promotionRequest.create({
      data: {
        versionId: requested.id,
        fromStage: "DEVELOPMENT",
        toStage: "STAGING",
        justification: "ready",
        requestedById: people.scientistA.user.id,
      },
    });
    expect((await getVersionContext(people.scientistA.principal, requested.id)).promotionRequested).toBe(
      true,
    );
  });

  it("answers 404 for an unknown version and 403 for a principal without registry.read", async () => {
    await expect(getVersionContext(people.leader.principal, "no-such-version")).rejects.toMatchObject({
      code: "not_found",
    });
    const { principal: noRoles } = await createUser({ roles: [] });
    await expect(getVersionContext(noRoles, versionId)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("canChange", () => {
  it("follows requireOwnership: the creator outside the team passes, another team does not", async () => {
    const owned = { teamId: people.teamB.id, createdById: people.scientistA.user.id };
    expect(await canChange(people.scientistA.principal, "versions.write", owned)).toBe(true);
    expect(
      await canChange(people.scientistA.principal, "versions.write", {
        ...owned,
        createdById: people.scientistB.user.id,
      }),
    ).toBe(false);
    expect(
      await canChange(people.scientistB.principal, "versions.write", {
        ...owned,
        createdById: people.scientistB.user.id,
      }),
    ).toBe(true);
    expect(await canChange(people.officer.principal, "datasets.write", owned)).toBe(false);
  });
});

describe("listVersionDatasets", () => {
  it("lists each usage with its role and the dataset version's governance facts", async () => {
    const dataset = await createDataset(people.scientistA.principal, {
      slug: "support-chats",
      name: "Support chats",
      source: "CRM",
      license: "internal",
    });
    const personal = await createDatasetVersion(people.scientistA.principal, dataset.id, {
      label: "2026-01",
      containsPersonalData: true,
      personalDataCategories: ["name", "email"],
      legalBasis: "CONTRACT",
    });
    const clean = await createDatasetVersion(people.scientistA.principal, dataset.id, {
      containsPersonalData: false,
    });
    const model = await makeModel(people.scientistA.principal);
    const trained = await makeVersion(people.scientistA.principal, model.slug, {
      datasets: [
        { datasetVersionId: clean.id, role: "EVAL" },
        { datasetVersionId: personal.id, role: "TRAIN" },
      ],
    });
    const usages = await listVersionDatasets(people.leader.principal, trained.id);
    expect(usages).toEqual([
      {
        role: "TRAIN",
        id: personal.id,
        version: 1,
        label: "2026-01",
        containsPersonalData: true,
        personalDataCategories: ["name", "email"],
        legalBasis: "CONTRACT",
        dataset: { id: dataset.id, slug: "support-chats", name: "Support chats" },
      },
      expect.objectContaining({ role: "EVAL", id: clean.id, containsPersonalData: false, legalBasis: null }),
    ]);
    expect(await listVersionDatasets(people.leader.principal, versionId)).toEqual([]);
  });

  it("answers 404 for an unknown version and 403 without registry.read", async () => {
    await expect(listVersionDatasets(people.leader.principal, "no-such-version")).rejects.toMatchObject({
      code: "not_found",
    });
    const { principal: noRoles } = await createUser({ roles: [] });
    await expect(listVersionDatasets(noRoles, versionId)).rejects.toMatchObject({ code: "forbidden" });
  });
});
