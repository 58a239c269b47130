import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/audit/export.csv/route";
import { db } from "@/lib/server/db";
import { createUserWithToken } from "@/tests/support/factories";
import { recordAudit, SYSTEM_ACTOR } from "./record-audit";

let officer: Awaited<ReturnType<typeof createUserWithToken>>;
const TOTAL = 1_503; // more than one export batch of 1,000, and a multiple of 3

// Not callRoute: it parses the body as JSON, and this one is CSV.
async function exportCsv(query: string, token: string | null = officer.token) {
  const req = new NextRequest(`http://localhost/api/v1/audit/export.csv?${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const response = await exportRoute(req, { params: Promise.resolve({}) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const rowsOf = (csv: string) =>
  csv
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(","));

beforeAll(async () => {
  officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < TOTAL; i++) {
        const kind = i % 3 === 0 ? "dataset" : "model";
        await recordAudit(tx, {
          actor: SYSTEM_ACTOR,
          action: `${kind}.created`,
          entityType: kind,
          entityId: `${kind}-${i}`,
          changes: { name: `n,${i}` },
        });
      }
    },
    { timeout: 60_000 },
  );
});

describe("GET /api/v1/audit/export.csv", () => {
  it("answers 401 without a token, 403 for a data scientist and 400 for a bad filter", async () => {
    expect((await exportCsv("", null)).status).toBe(401);
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    expect((await exportCsv("", token)).status).toBe(403);
    const bad = await exportCsv("from=2026-02-01&to=2026-01-01&action=%25");
    expect(bad.status).toBe(400);
    expect(Object.keys(JSON.parse(bad.text).error.fields).sort()).toEqual(["action", "to"]);
    expect(JSON.parse((await exportCsv("from=2026-02-01&to=2026-01-01")).text).error.fields).toEqual({
      to: "Must not be before from",
    });
  });

  it("streams every event once, newest first, across batches, as a CSV attachment", async () => {
    const { status, headers, text } = await exportCsv("");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="audit-events-[\d-]+\.csv"$/);
    const [header, ...rows] = rowsOf(text);
    expect(header).toEqual([
      "seq",
      "occurred_at",
      "actor_id",
      "actor_email",
      "action",
      "entity_type",
      "entity_id",
      "changes",
      "id",
      "prev_hash",
      "hash",
      "scheme",
      "personal_digest",
      "personal_changes",
    ]);
    expect(rows).toHaveLength(TOTAL);
    expect(rows.map((row) => Number(row[0]))).toEqual(Array.from({ length: TOTAL }, (_, i) => TOTAL - i));
  });

  it("applies the list's filters and quotes cells that need it", async () => {
    const { text } = await exportCsv("entity=dataset&action=dataset.");
    const rows = rowsOf(text).slice(1);
    expect(rows).toHaveLength(TOTAL / 3);
    expect(rows.every((row) => row[4] === "dataset.created" && row[5] === "dataset")).toBe(true);
    expect(text).toContain(`,system,dataset.created,dataset,dataset-0,"{""name"":""n,0""}",`);
    expect(rowsOf((await exportCsv("entity=model:model-1")).text)).toHaveLength(2);
  });
});
