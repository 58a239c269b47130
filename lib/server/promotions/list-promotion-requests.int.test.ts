import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/promotions/route";
import type { Principal } from "@/lib/auth/permissions";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUser, createUserWithToken } from "@/tests/support/factories";
import { createModel, createPromotionRequest, createVersion } from "@/tests/support/governance-rows";
import { listPromotionRequests } from "./list-promotion-requests";

let token: string;
let teamSlug: string;
let scientist: Principal;
let other: Principal;
const ids: Record<string, string> = {};
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 12, minutes));

/**
 * Eight requests: four PENDING (p0 oldest .. p3, p2 to PRODUCTION on a HIGH-risk model of another team,
 * p3 by another scientist) and four decided ones (d0 oldest .. d3, d1 the APPROVED one with policies).
 */
beforeAll(async () => {
  const team = await createTeam();
  const otherTeam = await createTeam();
  teamSlug = team.slug;
  scientist = (await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] })).principal;
  other = (await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [otherTeam.id] })).principal;
  const officer = await createUser({ roles: ["COMPLIANCE_OFFICER"] });
  ({ token } = await createUserWithToken({ roles: ["LEADERSHIP"] }));
  const model = await createModel({ teamId: team.id, createdById: scientist.id, name: "Summariser" });
  const risky = await createModel({ teamId: otherTeam.id, createdById: other.id, riskTier: "HIGH" });
  const request = async (
    key: string,
    minutes: number,
    options: Partial<Parameters<typeof createPromotionRequest>[0]> & { modelId?: string } = {},
  ) => {
    const { modelId = model.id, ...rest } = options;
    const version = await createVersion({ modelId, createdById: scientist.id });
    ids[key] = (
      await createPromotionRequest({
        versionId: version.id,
        requestedById: scientist.id,
        createdAt: at(minutes),
        ...rest,
      })
    ).id;
  };
  await request("d0", 0, { status: "REJECTED" });
  await request("p0", 1);
  await request("p1", 2);
  await request("d1", 3, {
    status: "APPROVED",
    requiredApprovals: 2,
    policies: [
      { mode: "ENFORCE", passed: true },
      { mode: "SHADOW", passed: false },
      { mode: "SHADOW", passed: true },
    ],
    approvals: [{ approverId: officer.user.id, decision: "APPROVE" }],
  });
  await request("p2", 4, { modelId: risky.id, fromStage: "STAGING", toStage: "PRODUCTION" });
  await request("d2", 5, { status: "BLOCKED", modelId: risky.id });
  await request("p3", 6, { requestedById: other.id });
  await request("d3", 7, { status: "WITHDRAWN" });
});

const list = async (query: string) => {
  const response = await callRoute(GET, { url: `/api/v1/promotions${query}`, token });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { items: { id: string; ageSeconds: number }[]; nextCursor: string | null };
};
const idsOf = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

/** Every page of a query, following nextCursor; each page's ids in turn. */
async function pages(query: string) {
  const seen: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await list(`${query}${cursor ? `&cursor=${cursor}` : ""}`);
    seen.push(idsOf(page));
    cursor = page.nextCursor;
  } while (cursor && seen.length < 20);
  return seen;
}

describe("GET /api/v1/promotions", () => {
  it("answers 401 without a token", async () => {
    expect((await callRoute(GET, { url: "/api/v1/promotions" })).status).toBe(401);
  });

  it("answers 400 for unknown filters and a limit above 200, naming each field", async () => {
    const response = await callRoute(GET, {
      url: "/api/v1/promotions?status=MAYBE&stage=LIVE&riskTier=SOME&mine=yes&limit=201",
      token,
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual([
      "limit",
      "mine",
      "riskTier",
      "stage",
      "status",
    ]);
    expect((await callRoute(GET, { url: "/api/v1/promotions?cursor=nonsense", token })).status).toBe(400);
  });

  it("puts PENDING requests first, oldest first, then the others newest first", async () => {
    const page = await list("");
    expect(idsOf(page)).toEqual([ids.p0, ids.p1, ids.p2, ids.p3, ids.d3, ids.d2, ids.d1, ids.d0]);
    expect(page.nextCursor).toBeNull();
  });

  it("pages across the two parts of the order, each request exactly once", async () => {
    expect(await pages("?limit=3")).toEqual([
      [ids.p0, ids.p1, ids.p2],
      [ids.p3, ids.d3, ids.d2],
      [ids.d1, ids.d0],
    ]);
    // A page that ends exactly on the last PENDING request resumes with the newest decided one.
    expect(await pages("?limit=4")).toEqual([
      [ids.p0, ids.p1, ids.p2, ids.p3],
      [ids.d3, ids.d2, ids.d1, ids.d0],
    ]);
    expect((await pages("?limit=1")).flat()).toHaveLength(8);
  });

  it("pages within one status in that status's order", async () => {
    expect(await pages("?status=PENDING&limit=3")).toEqual([[ids.p0, ids.p1, ids.p2], [ids.p3]]);
    expect(await pages("?status=REJECTED&limit=1")).toEqual([[ids.d0]]);
  });

  it("refuses a cursor of one part with a status filter that has no such part", async () => {
    const { nextCursor } = await list("?status=PENDING&limit=1");
    const response = await callRoute(GET, {
      url: `/api/v1/promotions?status=APPROVED&cursor=${nextCursor}`,
      token,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty("cursor");
  });

  it("filters by target stage, the model's risk tier and team, and combines them with the status", async () => {
    expect(idsOf(await list("?stage=PRODUCTION"))).toEqual([ids.p2]);
    expect(idsOf(await list("?riskTier=HIGH"))).toEqual([ids.p2, ids.d2]);
    expect(idsOf(await list(`?team=${teamSlug}&status=PENDING`))).toEqual([ids.p0, ids.p1, ids.p3]);
    expect(idsOf(await list("?stage=STAGING&riskTier=HIGH"))).toEqual([ids.d2]);
    expect(idsOf(await list("?team=no-such-team"))).toEqual([]);
  });

  it("summarises approvals and policy results, with the model's team and risk tier", async () => {
    const [item] = (await list("?status=APPROVED")).items;
    expect(item).toMatchObject({
      id: ids.d1,
      status: "APPROVED",
      requiredApprovals: 2,
      createdAt: "2026-11-01T12:03:00.000Z",
      version: { model: { name: "Summariser", riskTier: "MINIMAL", team: { slug: teamSlug } } },
      approvals: { approved: 1, rejected: 0 },
      policy: { passed: 2, failed: 1, enforcedFailed: 0, shadowFailed: 1 },
    });
  });
});

describe("listPromotionRequests", () => {
  it("narrows to the caller's own requests with mine=true", async () => {
    const mine = await listPromotionRequests(other, { mine: "true" });
    expect(mine.items.map((item) => item.id)).toEqual([ids.p3]);
    expect((await listPromotionRequests(other, { mine: "false" })).items).toHaveLength(8);
  });

  it("gives each request its age at the given moment", async () => {
    const now = new Date(at(1).getTime() + 3 * 86_400_000);
    const { items } = await listPromotionRequests(scientist, { status: "PENDING", limit: "1" }, now);
    expect(items[0]).toMatchObject({ id: ids.p0, ageSeconds: 3 * 86_400 });
  });

  it("refuses a principal without registry.read before reading its input", async () => {
    const nobody = { id: "x", email: "x@test.local", name: "x", roles: [] };
    await expect(listPromotionRequests(nobody, { limit: "nope" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
