import { describe, expect, it, vi } from "vitest";
import { GET as listRoute } from "@/app/api/v1/audit/route";
import { registerArtifactReference } from "@/lib/server/artifacts/register-artifact-reference";
import { createDataset } from "@/lib/server/datasets/create-dataset";
import { createDatasetVersion } from "@/lib/server/datasets/create-dataset-version";
import { db, driverPool } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { unique } from "@/tests/support/factories";
import { makeModel, makeVersion, setupPeople } from "@/tests/support/people-kit";
import { listAuditEvents } from "./list-audit-events";
import { listEntityEvents } from "./list-entity-events";
import { recordAudit } from "./record-audit";

type Event = {
  action: string;
  actor: { name: string | null };
  entity: { id: string; label: string | null };
  references: Record<string, string>;
};

describe("audit events name people and entities", () => {
  it("by name and by what they are, ids in changes included, in one query for the page", async () => {
    const { teamA, scientistA, officer } = await setupPeople();
    const scientist = scientistA.principal;
    const slug = unique("support-bot");
    await makeModel(scientist, { slug, teamId: teamA.id });
    const base = await makeVersion(scientist, slug);
    const datasetSlug = unique("tickets");
    await createDataset(scientist, {
      slug: datasetSlug,
      name: "Tickets",
      source: "s3://data/tickets",
      license: "internal",
      teamId: teamA.id,
    });
    const datasetVersion = await createDatasetVersion(scientist, datasetSlug, {
      containsPersonalData: false,
    });
    const tunedSlug = unique("support-bot-tuned");
    await makeModel(scientist, { slug: tunedSlug, kind: "FINE_TUNED", teamId: teamA.id });
    const child = await makeVersion(scientist, tunedSlug, {
      parents: [{ versionId: base.id, relation: "FINETUNED_FROM" }],
      datasets: [{ datasetVersionId: datasetVersion.id, role: "TRAIN" }],
    });
    const artifact = await registerArtifactReference(scientist, child.id, {
      name: "adapter_model.safetensors",
      uri: "s3://models/support/adapter_model.safetensors",
      sha256: "b".repeat(64),
      sizeBytes: 10,
    });

    // Every statement, Prisma's included, goes through the pool; the names are looked up by one of them.
    const queries = vi.spyOn(driverPool(), "query");
    const page = await listAuditEvents(officer.principal, { limit: 20, actor: scientist.email });
    expect(page.items.length).toBeGreaterThan(5);
    const texts = queries.mock.calls.map(([config]) => String((config as { text?: string }).text ?? config));
    expect(texts.filter((text) => text.includes('FROM "User" u JOIN wanted'))).toHaveLength(1);
    queries.mockRestore();

    const byAction = (action: string) => (page.items as Event[]).find((event) => event.action === action)!;
    const registered = (page.items as Event[]).find(
      (event) => event.action === "model_version.registered" && event.entity.id === child.id,
    )!;
    expect(registered.actor.name).toBe(scientist.name);
    expect(registered.entity.label).toBe(`${tunedSlug} v1`);
    expect(registered.references).toEqual({
      [base.id]: `${slug} v1`,
      [datasetVersion.id]: `${datasetSlug}@1`,
    });
    expect(byAction("artifact.registered").entity.label).toBe(`adapter_model.safetensors of ${tunedSlug} v1`);
    expect(byAction("dataset_version.created").entity.label).toBe(`${datasetSlug}@1`);
    expect(page.items.some((event) => event.action === "model.created" && event.entity.label === slug)).toBe(
      true,
    );
    expect(artifact.id).toBe(byAction("artifact.registered").entity.id);

    // The version page's change log names the same way.
    const log = await listEntityEvents("model_version", child.id);
    expect((log.items[0] as Event).actor.name).toBe(scientist.name);
    expect((log.items[0] as Event).references[base.id]).toBe(`${slug} v1`);
  });

  it("keep the raw id of a record that no longer exists", async () => {
    const { officer } = await setupPeople();
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: { id: "cmgoneuser0000", email: "gone@test.local" },
        action: "model.created",
        entityType: "model",
        entityId: "cmgonemodel000",
      }),
    );
    const { items } = await listAuditEvents(officer.principal, { entity: "model:cmgonemodel000" });
    expect(items[0]).toMatchObject({
      actor: { id: "cmgoneuser0000", email: "gone@test.local", name: null },
      entity: { type: "model", id: "cmgonemodel000", label: null },
    });
  });
});

describe("sign-ins in the trail", () => {
  it("are left out unless asked for, by the filter or by naming the action", async () => {
    const { officer, scientistA } = await setupPeople();
    const actor = { id: scientistA.user.id, email: scientistA.user.email };
    await db.$transaction(async (tx) => {
      for (const action of ["user.signed_in", "user.sign_in_failed", "user.signed_out", "user.roles_changed"])
        await recordAudit(tx, { actor, action, entityType: "user", entityId: actor.id });
    });
    const actions = async (query: string) => {
      const response = await callRoute(listRoute, {
        url: `/api/v1/audit?entity=user:${actor.id}&${query}`,
        token: officer.token,
      });
      expect(response.status).toBe(200);
      return (response.body.items as Event[]).map((event) => event.action).sort();
    };
    expect(await actions("")).toEqual(["user.roles_changed"]);
    expect(await actions("signIns=false")).toEqual(["user.roles_changed"]);
    expect(await actions("signIns=true")).toEqual([
      "user.roles_changed",
      "user.sign_in_failed",
      "user.signed_in",
      "user.signed_out",
    ]);
    expect(await actions("action=user.signed_in")).toEqual(["user.signed_in"]);
    const bad = await callRoute(listRoute, { url: "/api/v1/audit?signIns=maybe", token: officer.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.signIns).toBe("true or false");
  });
});
