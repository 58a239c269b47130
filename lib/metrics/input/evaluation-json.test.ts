import { describe, expect, it } from "vitest";
import { MetricInputError } from "../input-error";
import { readEvaluationCard, readEvaluationJson } from "./evaluation-json";

const modelIndex = [
  {
    name: "m",
    results: [
      {
        task: { type: "text-generation", name: "Text Generation" },
        dataset: { name: "MMLU", type: "cais/mmlu", config: "all", split: "test" },
        metrics: [
          { type: "accuracy", value: 0.66, name: "5-shot accuracy" },
          { type: "mc2", value: 0.4 },
        ],
      },
    ],
  },
];

describe("readEvaluationJson", () => {
  it("reads the API's run", () => {
    expect(
      readEvaluationJson({ suite: "s", metrics: [{ name: "acc", value: 1, higherIsBetter: true }] }),
    ).toEqual([
      expect.objectContaining({
        suite: "s",
        source: "API",
        datasetVersionId: null,
        metrics: [expect.objectContaining({ name: "acc", slice: null })],
      }),
    ]);
  });

  it("names the metric and field of each problem", () => {
    try {
      readEvaluationJson({
        suite: "s",
        metrics: [{ name: "a", value: "1", higherIsBetter: true }, { value: 1 }],
      });
      expect.unreachable();
    } catch (error) {
      expect((error as MetricInputError).problems.map((p) => [p.row, p.column])).toEqual([
        [1, "value"],
        [2, "name"],
        [2, "higherIsBetter"],
      ]);
    }
  });

  it("keeps a model-index's type, name only when given, task and dataset; asks the direction of unknown metrics", () => {
    expect(() => readEvaluationJson({ modelIndex })).toThrow(/higherIsBetter.mc2/);
    const [run] = readEvaluationJson({ modelIndex, higherIsBetter: { mc2: true } });
    expect(run).toMatchObject({
      suite: "MMLU (test)",
      source: "MODEL_INDEX",
      taskType: "text-generation",
      taskName: "Text Generation",
      datasetName: "MMLU",
      datasetType: "cais/mmlu",
      datasetConfig: "all",
      datasetSplit: "test",
      metrics: [
        {
          name: "accuracy",
          type: "accuracy",
          displayName: "5-shot accuracy",
          value: 0.66,
          higherIsBetter: true,
        },
        { name: "mc2", type: "mc2", displayName: null, value: 0.4, higherIsBetter: true },
      ],
    });
  });

  it("reads the model-index of a card's front matter", () => {
    const card =
      "---\nmodel-index:\n- name: m\n  results:\n  - dataset: {name: imdb}\n    metrics:\n    - {type: accuracy, value: 0.9}\n---\n# Card\n";
    expect(readEvaluationCard(card)[0]!.metrics[0]).toMatchObject({ name: "accuracy", value: 0.9 });
  });
});
