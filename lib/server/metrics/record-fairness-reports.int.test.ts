import { describe, expect, it } from "vitest";
import { POST as postFairness } from "@/app/api/v1/versions/[id]/fairness/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createOwnedVersion } from "@/tests/support/registry-factories";

const post = (versionId: string, token: string, body: { json?: unknown; csv?: string }) =>
  callRoute(postFairness, {
    url: `/api/v1/versions/${versionId}/fairness`,
    method: "POST",
    token,
    params: { id: versionId },
    ...(body.json !== undefined
      ? { body: body.json }
      : { rawBody: body.csv, headers: { "content-type": "text/csv" } }),
  });
const reportsOf = (versionId: string) => db.fairnessReport.count({ where: { versionId } });

describe("POST /api/v1/versions/{id}/fairness", () => {
  it("computes a report from JSON rows, string labels read as 0 and 1", async () => {
    const { version, owner } = await createOwnedVersion();
    const rows = [
      { group: "a", yTrue: 1, yPred: 1 },
      { group: "a", yTrue: "0", yPred: "1" },
      { group: "b", yTrue: 1, yPred: 0 },
      { group: "b", yTrue: 0, yPred: 0 },
    ];
    const response = await post(version.id, owner.token, { json: { attribute: "gender", rows } });
    expect(response.status).toBe(201);
    // a: selection 2/2 = 1; b: 0/2 = 0 -> DPD 1, DIR 0; TPR a 1, b 0; FPR a 1, b 0 -> EOD 1
    expect(response.body.reports).toEqual([
      expect.objectContaining({
        attribute: "gender",
        rowCount: 4,
        demographicParityDifference: 1,
        disparateImpactRatio: 0,
        equalizedOddsDifference: 1,
      }),
    ]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "fairness_report.computed", entityId: response.body.reports[0].id },
    });
    expect(event.changes).toMatchObject({ versionId: version.id, attribute: "gender" });
  });

  it("makes one report per group column of a CSV, in one upload", async () => {
    const { version, owner } = await createOwnedVersion();
    const csv = "gender,age_band,y_true,y_pred\nf,18-30,1,1\nm,18-30,0,1\nf,31-50,1,0\nm,31-50,0,0\n";
    const response = await post(version.id, owner.token, { csv });
    expect(response.status).toBe(201);
    expect(
      response.body.reports.map((r: { attribute: string; rowCount: number }) => [r.attribute, r.rowCount]),
    ).toEqual([
      ["gender", 4],
      ["age_band", 4],
    ]);
    expect(await reportsOf(version.id)).toBe(2);
  });

  it("refuses a label of 2, a string label and a NaN naming each row, and stores nothing of any attribute", async () => {
    const { version, owner } = await createOwnedVersion();
    const csv = "gender,region,y_true,y_pred\nf,eu,1,1\nm,eu,2,1\nf,us,yes,0\nm,us,1,NaN\n";
    const response = await post(version.id, owner.token, { csv });
    expect(response.status).toBe(400);
    expect(response.body.error.problems).toEqual([
      { row: 2, column: "y_true", message: 'Must be 0 or 1, not "2"' },
      { row: 3, column: "y_true", message: 'Must be 0 or 1, not "yes"' },
      { row: 4, column: "y_pred", message: 'Must be 0 or 1, not "NaN"' },
    ]);
    expect(await reportsOf(version.id)).toBe(0);
  });
});
