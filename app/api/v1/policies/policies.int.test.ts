import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  policyResponseSchema,
  policyVersionResponseSchema,
  shadowReportResponseSchema,
} from "@/lib/schemas/policy-responses";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";
import { policyInput } from "@/tests/support/policy-rows";
import { GET as getOne, PUT } from "./[id]/route";
import { GET as getReport } from "./[id]/shadow-report/route";
import { GET as getVersions } from "./[id]/versions/route";
import { GET as list, POST } from "./route";

type Person = Awaited<ReturnType<typeof createUserWithToken>>;
let officer: Person;
let scientist: Person;

const post = (token: string | undefined, body: unknown) =>
  callRoute(POST, { url: "/api/v1/policies", method: "POST", token, body });
const put = (token: string | undefined, id: string, body: unknown) =>
  callRoute(PUT, { url: `/api/v1/policies/${id}`, method: "PUT", token, body, params: { id } });
const get = (handler: typeof getOne, token: string, url: string, id: string) =>
  callRoute(handler, { url, token, params: { id } });

beforeAll(async () => {
  officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
  scientist = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
});

describe("/api/v1/policies", () => {
  it("answers 401 without a token", async () => {
    expect((await callRoute(list, { url: "/api/v1/policies" })).status).toBe(401);
    expect((await post(undefined, policyInput())).status).toBe(401);
  });

  it("creates (201 { policy }), lists for any reader, and documents the answers it gives", async () => {
    const created = await post(officer.token, policyInput({ name: "Route gate" }));
    expect(created.status).toBe(201);
    expect(policyResponseSchema.strict().parse(created.body.policy)).toEqual(created.body.policy);
    expect(created.body.policy).toMatchObject({ id: "route-gate", version: 1, rulesError: null });

    const listed = await callRoute(list, { url: "/api/v1/policies?mode=SHADOW", token: scientist.token });
    expect(listed.status).toBe(200);
    expect(listed.body.nextCursor).toBeNull();
    expect(listed.body.items.map((p: { id: string }) => p.id)).toContain("route-gate");
    const bad = await callRoute(list, { url: "/api/v1/policies?enabled=maybe", token: scientist.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ enabled: "true or false" });
  });

  it("refuses a data scientist's writes with 403, and bad input with 400 and per-rule field paths", async () => {
    const before = await db.policy.count();
    expect((await post(scientist.token, policyInput())).status).toBe(403);
    expect((await put(scientist.token, "route-gate", policyInput())).status).toBe(403);
    const bad = await post(officer.token, {
      ...policyInput(),
      rules: [{ id: "a", kind: "approvals_required", byRiskTier: { MINIMAL: 1, LIMITED: 9, HIGH: 0 } }],
      extra: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({
      "rules.0.byRiskTier.LIMITED": "At most 5",
      "rules.0.byRiskTier.HIGH": "At least 1",
    });
    expect(Object.keys(bad.body.error.fields)).toContain("_");
    expect(await db.policy.count()).toBe(before);
  });

  it("PUT saves version 2 (200), GET shows it, versions list both with diffs; an identical PUT is a 409", async () => {
    const { body } = await post(officer.token, policyInput({ name: "Versioned gate" }));
    const id: string = body.policy.id;
    const input = policyInput({ name: "Versioned gate", mode: "ENFORCE", changeNote: "Go live" });
    const saved = await put(officer.token, id, input);
    expect(saved.status).toBe(200);
    expect(saved.body.policy).toMatchObject({ id, version: 2, mode: "ENFORCE", changeNote: "Go live" });

    const current = await get(getOne, scientist.token, `/api/v1/policies/${id}`, id);
    expect(current.body.policy).toMatchObject({ version: 2, mode: "ENFORCE" });
    const versions = await get(getVersions, scientist.token, `/api/v1/policies/${id}/versions`, id);
    expect(z.array(policyVersionResponseSchema.strict()).parse(versions.body.items)).toEqual(
      versions.body.items,
    );
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.body.items[0].diff.fields).toEqual([{ field: "mode", from: "SHADOW", to: "ENFORCE" }]);

    const again = await put(officer.token, id, input);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
  });

  it("answers 404 for an unknown policy on every route", async () => {
    const id = "no-such-policy";
    expect((await get(getOne, scientist.token, `/api/v1/policies/${id}`, id)).status).toBe(404);
    expect((await get(getVersions, scientist.token, `/api/v1/policies/${id}/versions`, id)).status).toBe(404);
    expect((await get(getReport, scientist.token, `/api/v1/policies/${id}/shadow-report`, id)).status).toBe(
      404,
    );
    expect((await put(officer.token, id, policyInput())).status).toBe(404);
  });

  it("shadow-report answers { report } for a period, and 400 naming the field for a bad one", async () => {
    const { body } = await post(officer.token, policyInput({ name: "Reported gate" }));
    const id: string = body.policy.id;
    const url = `/api/v1/policies/${id}/shadow-report?from=2026-01-01&to=2026-02-01`;
    const report = await get(getReport, scientist.token, url, id);
    expect(report.status).toBe(200);
    expect(shadowReportResponseSchema.strict().parse(report.body.report)).toEqual(report.body.report);
    expect(report.body.report).toMatchObject({
      from: "2026-01-01T00:00:00.000Z",
      to: "2026-02-01T00:00:00.000Z",
      totals: { evaluated: 0, failed: 0 },
    });
    const bad = await get(getReport, scientist.token, `/api/v1/policies/${id}/shadow-report?to=soon`, id);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ to: "A date (2026-01-31) or an ISO date-time" });
  });
});
