import { describe, expect, it } from "vitest";
import { POST as postEvaluations } from "@/app/api/v1/versions/[id]/evaluations/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUserWithToken } from "@/tests/support/factories";
import { createOwnedVersion } from "@/tests/support/registry-factories";

const post = (
  versionId: string,
  token: string,
  body: { json?: unknown; text?: string; type?: string; query?: string },
) =>
  callRoute(postEvaluations, {
    url: `/api/v1/versions/${versionId}/evaluations${body.query ?? ""}`,
    method: "POST",
    token,
    params: { id: versionId },
    ...(body.json !== undefined
      ? { body: body.json }
      : { rawBody: body.text, headers: { "content-type": body.type ?? "text/csv" } }),
  });
const stored = async (versionId: string) => ({
  runs: await db.evaluationRun.count({ where: { versionId } }),
  metrics: await db.metricValue.count({ where: { run: { versionId } } }),
  events: await db.auditEvent.count({
    where: { action: "evaluation_run.recorded", changes: { path: ["versionId"], equals: versionId } },
  }),
});

describe("POST /api/v1/versions/{id}/evaluations", () => {
  it("records a JSON run with its metrics and an event, on a PRODUCTION version", async () => {
    const { version, owner } = await createOwnedVersion({ stage: "PRODUCTION" });
    const response = await post(version.id, owner.token, {
      json: {
        suite: "mmlu",
        metrics: [
          { name: "accuracy", value: 0.71, higherIsBetter: true },
          { name: "accuracy", value: 0.6, higherIsBetter: true, slice: "law" },
        ],
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.runs).toEqual([
      { id: expect.any(String), suite: "mmlu", source: "API", metrics: 2 },
    ]);
    expect(await stored(version.id)).toEqual({ runs: 1, metrics: 2, events: 1 });
  });

  it("records a CSV as one run per suite", async () => {
    const { version, owner } = await createOwnedVersion();
    const csv =
      "suite,metric,value,higher_is_better,slice\nmmlu,accuracy,0.7,true,\nheld-out,loss,1.3,false,\nheld-out,f1,0.8,true,eu\n";
    const response = await post(version.id, owner.token, { text: csv });
    expect(response.status).toBe(201);
    expect(
      response.body.runs.map((r: { suite: string; source: string; metrics: number }) => [
        r.suite,
        r.source,
        r.metrics,
      ]),
    ).toEqual([
      ["mmlu", "CSV", 1],
      ["held-out", "CSV", 2],
    ]);
    const slice = await db.metricValue.findFirstOrThrow({
      where: { run: { versionId: version.id }, name: "f1" },
    });
    expect(slice).toMatchObject({ value: 0.8, higherIsBetter: true, slice: "eu" });
  });

  it("records a model card's model-index with its provenance, the direction of an unknown metric given", async () => {
    const { version, owner } = await createOwnedVersion();
    const card = [
      "---",
      "model-index:",
      "- name: m",
      "  results:",
      "  - task: {type: text-generation, name: Text Generation}",
      "    dataset: {name: MMLU, type: cais/mmlu, config: all, split: test}",
      "    metrics:",
      "    - {type: accuracy, value: 0.66, name: 5-shot accuracy}",
      "    - {type: mc2, value: 0.41}",
      "---",
      "# A card",
    ].join("\n");
    const refused = await post(version.id, owner.token, { text: card, type: "text/markdown" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems[0].column).toContain("mc2");

    const response = await post(version.id, owner.token, {
      text: card,
      type: "text/markdown",
      query: "?higherIsBetter=mc2:true",
    });
    expect(response.status).toBe(201);
    const run = await db.evaluationRun.findFirstOrThrow({
      where: { versionId: version.id },
      include: { metrics: { orderBy: { name: "asc" } } },
    });
    expect(run).toMatchObject({
      suite: "MMLU (test)",
      source: "MODEL_INDEX",
      taskType: "text-generation",
      taskName: "Text Generation",
      datasetName: "MMLU",
      datasetType: "cais/mmlu",
      datasetConfig: "all",
      datasetSplit: "test",
    });
    expect(run.metrics.map((m) => [m.name, m.type, m.displayName, m.value])).toEqual([
      ["accuracy", "accuracy", "5-shot accuracy", 0.66],
      ["mc2", "mc2", null, 0.41],
    ]);
  });

  it("refuses a broken CSV naming row and column, and stores nothing", async () => {
    const { version, owner } = await createOwnedVersion();
    const csv =
      "suite,metric,value,higher_is_better\nmmlu,accuracy,0.7,true\nmmlu,f1,high,true\nmmlu,,0.2,perhaps\n";
    const before = await stored(version.id);
    const response = await post(version.id, owner.token, { text: csv });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
    expect(response.body.error.problems).toEqual([
      { row: 2, column: "value", message: 'Not a finite number: "high"' },
      { row: 3, column: "metric", message: "Required" },
      { row: 3, column: "higher_is_better", message: 'Must be true or false, not "perhaps"' },
    ]);
    expect(response.body.error.fields["row 2, value"]).toBe('Not a finite number: "high"');
    expect(await stored(version.id)).toEqual(before);
  });

  it("refuses leadership (403), another team (403), and a missing version (404)", async () => {
    const { version } = await createOwnedVersion();
    const leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const outsider = await createUserWithToken({
      roles: ["DATA_SCIENTIST"],
      teamIds: [(await createTeam()).id],
    });
    const json = { suite: "s", metrics: [{ name: "m", value: 1, higherIsBetter: true }] };
    expect((await post(version.id, leader.token, { json })).status).toBe(403);
    expect((await post(version.id, outsider.token, { json })).status).toBe(403);
    expect((await post("no-such-version", outsider.token, { json })).status).toBe(404);
    expect(await stored(version.id)).toEqual({ runs: 0, metrics: 0, events: 0 });
  });
});
