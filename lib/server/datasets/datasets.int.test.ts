import { beforeAll, describe, expect, it } from "vitest";
import { GET as getRoute } from "@/app/api/v1/datasets/[id]/route";
import { POST as versionRoute } from "@/app/api/v1/datasets/[id]/versions/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/datasets/route";
import {
  datasetDetailResponseSchema,
  datasetResponseSchema,
  datasetSummaryResponseSchema,
  datasetVersionResponseSchema,
} from "@/lib/schemas/registry-responses";
import { db } from "@/lib/server/db";
import { setupPeople } from "@/tests/support/people-kit";
import { callRoute } from "@/tests/support/call-route";
import { createDataset } from "./create-dataset";
import { createDatasetVersion } from "./create-dataset-version";
import { listDatasets } from "./list-datasets";

let people: Awaited<ReturnType<typeof setupPeople>>;
let datasetId: string;

const counts = async () => ({
  datasets: await db.dataset.count(),
  versions: await db.datasetVersion.count(),
  audit: await db.auditEvent.count(),
});
const postVersion = (token: string | undefined, id: string, body: unknown) =>
  callRoute(versionRoute, {
    url: `/api/v1/datasets/${id}/versions`,
    method: "POST",
    token,
    params: { id },
    body,
  });

beforeAll(async () => {
  people = await setupPeople();
  datasetId = (
    await createDataset(people.scientistA.principal, {
      slug: "tickets",
      name: "Support tickets",
      source: "CRM export",
      license: "internal",
    })
  ).id;
});

describe("POST /api/v1/datasets", () => {
  const post = (token: string | undefined, body: unknown) =>
    callRoute(createRoute, { url: "/api/v1/datasets", method: "POST", token, body });

  it("answers 201 { dataset } owned by the caller's team and logs dataset.created", async () => {
    const response = await post(people.scientistB.token, {
      slug: "web-crawl",
      name: "Web crawl",
      source: "https://commoncrawl.org",
      license: "CC-BY-4.0",
      description: "Filtered",
    });
    expect(response.status).toBe(201);
    expect(response.body.dataset).toMatchObject({
      slug: "web-crawl",
      source: "https://commoncrawl.org",
      team: { id: people.teamB.id },
    });
    expect(datasetResponseSchema.strict().parse(response.body.dataset)).toEqual(response.body.dataset);
    expect(
      await db.auditEvent.findFirst({
        where: { action: "dataset.created", entityId: response.body.dataset.id },
      }),
    ).not.toBeNull();
  });

  it("answers 400 for missing governance facts, 409 for a taken slug, 403 for leadership, storing nothing", async () => {
    const before = await counts();
    const invalid = await post(people.scientistA.token, { slug: "Bad slug", name: "x" });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(["license", "slug", "source"]);
    expect(
      (await post(people.scientistA.token, { slug: "tickets", name: "x", source: "y", license: "z" })).status,
    ).toBe(409);
    expect(
      (await post(people.leader.token, { slug: "x", name: "x", source: "y", license: "z" })).status,
    ).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe("POST /api/v1/datasets/{id}/versions", () => {
  it("numbers versions per dataset, by id or slug, and logs the governance facts", async () => {
    const first = await postVersion(people.scientistA.token, datasetId, {
      label: "2026-01",
      checksum: "sha256:9f86d081884c7d659a2feaa0c55ad015",
      rows: 120_000,
      containsPersonalData: true,
      personalDataCategories: ["email", "name", "email"],
      legalBasis: "LEGITIMATE_INTERESTS",
      retentionDays: 365,
      region: "eu-west-1",
    });
    expect(first.status).toBe(201);
    expect(first.body.datasetVersion).toMatchObject({
      version: 1,
      rows: 120_000,
      personalDataCategories: ["email", "name"],
      legalBasis: "LEGITIMATE_INTERESTS",
      datasetId,
    });
    expect(datasetVersionResponseSchema.strict().parse(first.body.datasetVersion)).toEqual(
      first.body.datasetVersion,
    );
    const second = await postVersion(people.scientistA.token, "tickets", { containsPersonalData: false });
    expect(second.body.datasetVersion).toMatchObject({
      version: 2,
      rows: null,
      legalBasis: null,
      personalDataCategories: [],
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "dataset_version.created", entityId: first.body.datasetVersion.id },
    });
    expect(event.changes).toMatchObject({
      version: 1,
      containsPersonalData: true,
      legalBasis: "LEGITIMATE_INTERESTS",
      rowCount: "120000",
    });
  });

  it("needs a legal basis for personal data and refuses categories without it, storing nothing", async () => {
    const before = await counts();
    const missing = await postVersion(people.scientistA.token, datasetId, {
      containsPersonalData: true,
      personalDataCategories: ["health"],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual({
      legalBasis: "Required when the data contains personal data",
    });
    const stray = await postVersion(people.scientistA.token, datasetId, {
      containsPersonalData: false,
      personalDataCategories: ["health"],
      rows: 1.5,
    });
    expect(stray.body.error.fields).toEqual({
      personalDataCategories: "Only when the data contains personal data",
      rows: "Must be a whole number",
    });
    expect(await counts()).toEqual(before);
  });

  it("answers in the documented order: 401, 403 role, 400, 404, 403 ownership", async () => {
    expect((await postVersion(undefined, datasetId, {})).status).toBe(401);
    expect((await postVersion(people.officer.token, datasetId, {})).status).toBe(403);
    expect((await postVersion(people.scientistB.token, "missing", {})).status).toBe(400);
    expect(
      (await postVersion(people.scientistB.token, "missing", { containsPersonalData: false })).status,
    ).toBe(404);
    expect(
      (await postVersion(people.scientistB.token, datasetId, { containsPersonalData: false })).status,
    ).toBe(403);
    expect((await postVersion(people.admin.token, datasetId, { containsPersonalData: false })).status).toBe(
      201,
    );
  });

  it("numbers parallel versions of one dataset without gaps or errors", async () => {
    const created = await Promise.all(
      Array.from({ length: 6 }, () =>
        createDatasetVersion(people.scientistA.principal, datasetId, { containsPersonalData: false }),
      ),
    );
    const numbers = created.map((v) => v.version).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 6 }, (_, i) => numbers[0]! + i));
  });
});

describe("GET /api/v1/datasets and /api/v1/datasets/{id}", () => {
  it("answers { dataset } with its versions, newest first, and 404 for an unknown id", async () => {
    const response = await callRoute(getRoute, {
      url: `/api/v1/datasets/${datasetId}`,
      token: people.leader.token,
      params: { id: datasetId },
    });
    expect(response.status).toBe(200);
    expect(response.body.dataset.slug).toBe("tickets");
    expect(datasetDetailResponseSchema.strict().parse(response.body.dataset)).toEqual(response.body.dataset);
    const numbers = response.body.dataset.versions.map((v: { version: number }) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(response.body.dataset.versionCount).toBe(numbers.length);
    expect(
      (
        await callRoute(getRoute, {
          url: "/api/v1/datasets/nope",
          token: people.leader.token,
          params: { id: "nope" },
        })
      ).status,
    ).toBe(404);
  });

  it("lists with filters on text, team and personal data, and pages without duplicates", async () => {
    for (let i = 0; i < 5; i++)
      await createDataset(people.scientistB.principal, {
        slug: `crawl-part-${i}`,
        name: `Crawl ${i}`,
        source: "web",
        license: "cc0",
      });
    const slugs = async (query: Record<string, string>) =>
      (await listDatasets(people.leader.principal, query)).items.map((d) => d.slug);
    expect(await slugs({ q: "TICK" })).toEqual(["tickets"]);
    expect(await slugs({ containsPersonalData: "true" })).toEqual(["tickets"]);
    expect(await slugs({ containsPersonalData: "false", team: people.teamA.slug })).toEqual([]);
    expect((await slugs({ team: people.teamB.slug })).length).toBe(6);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof callRoute>> = await callRoute(listRoute, {
        url: `/api/v1/datasets?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        token: people.leader.token,
      });
      expect(response.status).toBe(200);
      seen.push(...response.body.items.map((d: { slug: string }) => d.slug));
      for (const item of response.body.items) datasetSummaryResponseSchema.strict().parse(item);
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });
});
