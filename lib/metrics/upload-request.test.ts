import { describe, expect, it } from "vitest";
import { buildUpload, readAnswer } from "./upload-request";

describe("buildUpload", () => {
  it("sends a file with the content type of its extension, and drift as a form of two files", () => {
    expect(buildUpload("evaluations", new File(["{}"], "run.json")).contentType).toBe("application/json");
    expect(buildUpload("evaluations", new File(["---"], "README.md")).contentType).toBe("text/markdown");
    expect(buildUpload("fairness", new File(["a"], "preds.csv")).contentType).toBe("text/csv");
    const drift = buildUpload("drift", new File(["age"], "ref.csv"), {
      current: new File(["age"], "cur.csv"),
      windowStart: "2026-11-01T00:00:00.000Z",
      windowEnd: "2026-11-02T00:00:00.000Z",
    });
    expect(drift.contentType).toBeNull();
    expect([...(drift.body as FormData).keys()]).toEqual([
      "windowStart",
      "windowEnd",
      "reference",
      "current",
    ]);
  });
});

describe("readAnswer", () => {
  it("summarises what was stored", () => {
    expect(
      readAnswer("fairness", 201, JSON.stringify({ reports: [{ attribute: "gender", rowCount: 1200 }] })),
    ).toEqual({
      ok: true,
      summary: "Computed 1 report: gender (1,200 rows).",
    });
    expect(readAnswer("drift", 201, JSON.stringify({ inserted: 10, alreadyPresent: 5 }))).toEqual({
      ok: true,
      summary: "Stored 10 observations; 5 already recorded, left as they were.",
    });
  });

  it("keeps a 400's located problems, and survives a body that is not JSON", () => {
    const problems = [{ row: 3, column: "y_true", message: "Must be 0 or 1" }];
    expect(
      readAnswer("fairness", 400, JSON.stringify({ error: { message: "1 problem", problems } })),
    ).toEqual({
      ok: false,
      message: "1 problem",
      problems,
    });
    expect(readAnswer("drift", 502, "<html>")).toEqual({
      ok: false,
      message: "The upload failed (HTTP 502).",
      problems: [],
    });
  });
});
