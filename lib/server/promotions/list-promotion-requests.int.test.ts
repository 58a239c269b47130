import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/promotions/route";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUser, createUserWithToken } from "@/tests/support/factories";
import { createModel, createPromotionRequest, createVersion } from "@/tests/support/governance-rows";
import { listPromotionRequests } from "./list-promotion-requests";

let token: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const team = await createTeam();
  const scientist = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
  const officer = await createUser({ roles: ["COMPLIANCE_OFFICER"] });
  ({ token } = await createUserWithToken({ roles: ["LEADERSHIP"] }));
  const model = await createModel({ teamId: team.id, createdById: scientist.user.id, name: "Summariser" });
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 12, minutes));
  for (let i = 0; i < 5; i++) {
    const version = await createVersion({ modelId: model.id, createdById: scientist.user.id });
    const request = await createPromotionRequest({
      versionId: version.id,
      requestedById: scientist.user.id,
      createdAt: at(i),
    });
    ids[`pending${i}`] = request.id;
  }
  const approvedVersion = await createVersion({ modelId: model.id, createdById: scientist.user.id });
  const approved = await createPromotionRequest({
    versionId: approvedVersion.id,
    requestedById: scientist.user.id,
    status: "APPROVED",
    requiredApprovals: 2,
    createdAt: at(10),
    policies: [
      { mode: "ENFORCE", passed: true },
      { mode: "SHADOW", passed: false },
      { mode: "SHADOW", passed: true },
    ],
    approvals: [{ approverId: officer.user.id, decision: "APPROVE" }],
  });
  ids.approved = approved.id;
});

describe("GET /api/v1/promotions", () => {
  it("answers 401 without a token", async () => {
    expect((await callRoute(GET, { url: "/api/v1/promotions" })).status).toBe(401);
  });

  it("answers 400 for an unknown status and for a limit above 200, naming each field", async () => {
    const response = await callRoute(GET, { url: "/api/v1/promotions?status=MAYBE&limit=201", token });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(["limit", "status"]);
    expect((await callRoute(GET, { url: "/api/v1/promotions?cursor=nonsense", token })).status).toBe(400);
  });

  it("filters by status and summarises approvals and policy results", async () => {
    const response = await callRoute(GET, { url: "/api/v1/promotions?status=APPROVED", token });
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items).toHaveLength(1);
    expect(response.body.items[0]).toMatchObject({
      id: ids.approved,
      status: "APPROVED",
      requiredApprovals: 2,
      version: { model: { name: "Summariser" } },
      approvals: { approved: 1, rejected: 0 },
      policy: { passed: 2, failed: 1, enforcedFailed: 0, shadowFailed: 1 },
    });
    expect(response.body.items[0].createdAt).toBe("2026-11-01T12:10:00.000Z");
  });

  it("pages through every request newest first, each exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/promotions?status=PENDING&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const response = await callRoute(GET, { url, token });
      expect(response.status).toBe(200);
      seen.push(...response.body.items.map((item: { id: string }) => item.id));
      cursor = response.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([ids.pending4, ids.pending3, ids.pending2, ids.pending1, ids.pending0]);
  });

  it("lists every status when none is given", async () => {
    const response = await callRoute(GET, { url: "/api/v1/promotions", token });
    expect(response.body.items.map((item: { id: string }) => item.id)[0]).toBe(ids.approved);
    expect(response.body.items).toHaveLength(6);
  });
});

describe("listPromotionRequests", () => {
  it("refuses a principal without registry.read", async () => {
    const nobody = { id: "x", email: "x@test.local", name: "x", roles: [] };
    await expect(listPromotionRequests(nobody, {})).rejects.toMatchObject({ code: "forbidden" });
  });
});
