import { describe, expect, it } from "vitest";
import { POST as acknowledgeRoute } from "@/app/api/v1/alerts/[id]/acknowledge/route";
import { POST as resolveRoute } from "@/app/api/v1/alerts/[id]/resolve/route";
import { GET as listRoute } from "@/app/api/v1/alerts/route";
import { POST as postDrift } from "@/app/api/v1/versions/[id]/drift/route";
import { db } from "@/lib/server/db";
import { createPolicy } from "@/lib/server/policies/create-policy";
import { callRoute } from "@/tests/support/call-route";
import { createUser, createUserWithToken } from "@/tests/support/factories";
import { eventually, withJobWorker } from "@/tests/support/job-worker";
import { createOwnedVersion, createPromotionRequest } from "@/tests/support/registry-factories";
import { raiseAlert, type AlertDraft } from "./raise-alert";
import { runAlertSweep } from "./run-alert-sweep";

withJobWorker();

const DAY_MS = 86_400_000;
const draft = (versionId: string | null, feature = "income"): AlertDraft => ({
  versionId,
  kind: "DRIFT",
  severity: "CRITICAL",
  rule: "policy/psi",
  feature,
  title: "PSI above 0.2",
  details: {},
});
const openAlerts = (where: object) => db.alert.findMany({ where: { ...where, status: { not: "RESOLVED" } } });

describe("raising alerts", () => {
  it("keeps one open alert per version, rule and feature, even when two raise it at once", async () => {
    const { version } = await createOwnedVersion({ stage: "PRODUCTION" });
    const ids = await Promise.all(
      [1, 2, 3].map(() => db.$transaction((tx) => raiseAlert(tx, draft(version.id)))),
    );
    expect(ids.filter(Boolean)).toHaveLength(1);
    expect(await openAlerts({ versionId: version.id })).toHaveLength(1);
    expect(
      await db.auditEvent.count({ where: { action: "alert.raised", entityId: ids.find(Boolean)! } }),
    ).toBe(1);
    // another feature is another alert; alerts about no version are deduplicated too
    expect(await db.$transaction((tx) => raiseAlert(tx, draft(version.id, "age")))).not.toBeNull();
    expect(await db.$transaction((tx) => raiseAlert(tx, draft(null, "erasure-1")))).not.toBeNull();
    expect(await db.$transaction((tx) => raiseAlert(tx, draft(null, "erasure-1")))).toBeNull();
  });

  it("is enforced by the partial unique index, not only by the insert", async () => {
    const { version } = await createOwnedVersion({ stage: "PRODUCTION" });
    const row = {
      versionId: version.id,
      kind: "DRIFT" as const,
      severity: "WARNING" as const,
      rule: "r",
      feature: "f",
      title: "t",
    };
    await db.alert.create({ data: row });
    await expect(db.alert.create({ data: row })).rejects.toThrow();
    await db.alert.updateMany({ where: { versionId: version.id }, data: { status: "RESOLVED" } });
    await db.alert.create({ data: row });
  });

  it("raises when a drift observation past an enforced threshold arrives for a PRODUCTION version", async () => {
    const { principal: officer } = await createUser({ roles: ["COMPLIANCE_OFFICER"] });
    await createPolicy(officer, {
      name: "Production drift",
      targetStage: "PRODUCTION",
      mode: "ENFORCE",
      enabled: true,
      rules: [{ id: "psi", kind: "drift_max", metric: "PSI", threshold: 0.2 }],
    });
    const { version, owner } = await createOwnedVersion({ stage: "PRODUCTION" });
    const push = (value: number, day: number) =>
      callRoute(postDrift, {
        url: `/api/v1/versions/${version.id}/drift`,
        method: "POST",
        token: owner.token,
        params: { id: version.id },
        body: {
          observations: [
            {
              feature: "income",
              metric: "PSI",
              value,
              windowStart: `2026-11-0${day}T00:00:00Z`,
              windowEnd: `2026-11-0${day + 1}T00:00:00Z`,
            },
            {
              feature: "age",
              metric: "PSI",
              value: 0.05,
              windowStart: `2026-11-0${day}T00:00:00Z`,
              windowEnd: `2026-11-0${day + 1}T00:00:00Z`,
            },
          ],
        },
      });
    expect((await push(0.35, 1)).status).toBe(201);
    const [alert] = await eventually(
      () => openAlerts({ versionId: version.id }),
      (alerts) => alerts.length > 0,
    );
    expect(alert).toMatchObject({
      kind: "DRIFT",
      severity: "CRITICAL",
      status: "OPEN",
      rule: "production-drift/psi",
      feature: "income",
    });
    expect(alert!.title).toContain("PSI is above 0.2 on income (0.35)");

    // a later window still above: checked again, still one alert
    expect((await push(0.4, 2)).status).toBe(201);
    await eventually(
      () => db.driftObservation.count({ where: { versionId: version.id } }),
      (n) => n === 4,
    );
    await runAlertSweep(new Date());
    expect(await openAlerts({ versionId: version.id })).toHaveLength(1);
  }, 30_000);

  it("raises nothing for a version outside PRODUCTION", async () => {
    const { version } = await createOwnedVersion({ stage: "STAGING" });
    const { checkVersionAlerts } = await import("./check-version-alerts");
    expect(await checkVersionAlerts(version.id)).toBe(0);
  });

  it("sweeps promotion requests pending too long and erasure requests past their due date", async () => {
    const { version, owner } = await createOwnedVersion();
    const request = await createPromotionRequest(version.id, owner.user.id);
    await db.promotionRequest.update({
      where: { id: request.id },
      data: { createdAt: new Date(Date.now() - 8 * DAY_MS) },
    });
    const { principal: officer } = await createUser({ roles: ["COMPLIANCE_OFFICER"] });
    const erasure = await db.erasureRequest.create({
      data: {
        subjectReference: "customer 1",
        reason: "Art. 17",
        requestedById: officer.id,
        dueAt: new Date(Date.now() - DAY_MS),
      },
    });
    await runAlertSweep(new Date());
    await runAlertSweep(new Date());
    expect(await openAlerts({ rule: "promotion.pending", feature: request.id })).toMatchObject([
      { kind: "PROMOTION", versionId: version.id },
    ]);
    expect(await openAlerts({ rule: "erasure.overdue", feature: erasure.id })).toMatchObject([
      { kind: "ERASURE", severity: "CRITICAL", versionId: null },
    ]);
  });
});

describe("acknowledging and resolving", () => {
  it("moves OPEN -> ACKNOWLEDGED -> RESOLVED with audited comments; leadership reads but may not act", async () => {
    const { version } = await createOwnedVersion({ stage: "PRODUCTION" });
    const id = (await db.$transaction((tx) => raiseAlert(tx, draft(version.id, "region"))))!;
    const officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
    const leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const act = (route: typeof acknowledgeRoute, token: string, body: unknown = {}) =>
      callRoute(route, { url: `/api/v1/alerts/${id}/x`, method: "POST", token, params: { id }, body });

    const listed = await callRoute(listRoute, {
      url: "/api/v1/alerts?status=OPEN&severity=CRITICAL",
      token: leader.token,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toContain(id);
    expect(
      (await callRoute(listRoute, { url: "/api/v1/alerts?severity=LOUD", token: leader.token })).status,
    ).toBe(400);

    expect((await act(acknowledgeRoute, leader.token)).status).toBe(403);
    const acknowledged = await act(acknowledgeRoute, officer.token, { comment: "Looking into it" });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.alert).toMatchObject({ status: "ACKNOWLEDGED", comment: "Looking into it" });
    expect((await act(acknowledgeRoute, officer.token)).status).toBe(409);

    const resolved = await act(resolveRoute, officer.token, { comment: "Retrained on fresh data" });
    expect(resolved.body.alert).toMatchObject({ status: "RESOLVED", comment: "Retrained on fresh data" });
    expect((await act(resolveRoute, officer.token)).status).toBe(409);
    expect((await act(resolveRoute, officer.token, { comment: 42 })).status).toBe(400);

    const events = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.action, (e.changes as { comment?: string } | null)?.comment])).toEqual([
      ["alert.raised", undefined],
      ["alert.acknowledged", "Looking into it"],
      ["alert.resolved", "Retrained on fresh data"],
    ]);
    const missing = await callRoute(resolveRoute, {
      url: "/api/v1/alerts/nope/resolve",
      method: "POST",
      token: officer.token,
      params: { id: "nope" },
      body: {},
    });
    expect(missing.status).toBe(404);
  });
});
