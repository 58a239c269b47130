import { readFile } from "node:fs/promises";
import type { APIRequestContext } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { ok } from "./registry-api";
import { registerVersion, uniqueSuffix } from "./registry-helpers";

type Metrics = {
  evaluations: unknown[];
  fairness: { reports: { attribute: string }[] };
  drift: { series: { feature: string }[] };
};

/** A demo production version with evaluations, fairness reports and drift, found through the metrics API. */
async function versionWithEveryMetric(request: APIRequestContext) {
  const { items } = await ok<{ items: { id: string }[] }>(
    await request.get("/api/v1/versions?stage=PRODUCTION&limit=50"),
  );
  for (const { id } of items) {
    const metrics = await ok<Metrics>(await request.get(`/api/v1/versions/${id}/metrics`));
    if (metrics.evaluations.length && metrics.fairness.reports.length && metrics.drift.series.length)
      return { id, metrics };
  }
  throw new Error("the demo data has no production version with evaluations, fairness and drift");
}

test("the Metrics tab draws evaluation, fairness and drift with their data, and downloads each as CSV", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(120_000);
  await loginAs("officer");
  const { id, metrics } = await versionWithEveryMetric(page.request);
  await page.goto(`/versions/${id}`);
  await page.getByRole("link", { name: "Metrics", exact: true }).click();
  await expect(page).toHaveURL(/\?tab=metrics$/);
  await expect(page.getByRole("heading", { level: 2, name: "Metrics" })).toBeVisible();

  const evaluation = page.getByRole("region", { name: "Evaluation metrics" });
  // The section streams in after the tab; a loaded machine can take a while.
  await expect(evaluation.getByRole("columnheader", { name: "This version" })).toBeVisible({
    timeout: 30_000,
  });
  expect(await evaluation.locator("tbody tr").count()).toBe(metrics.evaluations.length);
  // The change is said in words, not only in colour.
  await expect(evaluation.getByText(/ (better|worse|same)$/).first()).toBeVisible();

  const fairness = page.getByRole("region", { name: "Fairness", exact: true });
  const attribute = metrics.fairness.reports[0]!.attribute;
  await expect(
    fairness
      .getByRole("img", { name: /^Bar chart of selection, true positive and false positive rates/ })
      .first(),
  ).toBeVisible();
  await expect(fairness.getByRole("heading", { name: `By ${attribute}` })).toBeVisible();
  await expect(fairness.getByText(/four-fifths rule/).first()).toBeVisible();

  const drift = page.getByRole("region", { name: "Drift" });
  const chart = drift.getByRole("img", { name: /^Line chart of PSI for / });
  await expect(chart).toBeVisible();
  await expect(drift.getByText(/Warning above|Alert above/).first()).toBeVisible();
  await drift.getByLabel("Metric").selectOption({ label: "KS statistic" });
  await expect(drift.getByRole("img", { name: /^Line chart of KS statistic for / })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await test.step("each chart's data downloads as CSV", async () => {
    const save = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: button }).click(),
      ]);
      return { name: download.suggestedFilename(), text: await readFile((await download.path())!, "utf8") };
    };
    const evaluations = await save("Download the evaluation metrics as CSV");
    expect(evaluations.name).toBe(`version-${id}-evaluations.csv`);
    expect(evaluations.text.split("\r\n")[0]).toBe(
      "suite,metric,slice,better,value,parent_value,parent_delta,base_value,base_delta",
    );
    expect(evaluations.text.split("\r\n").length).toBeGreaterThan(metrics.evaluations.length);

    const groups = await save(`Download the fairness rates by ${attribute} as CSV`);
    expect(groups.text.split("\r\n")[0]).toBe(
      "attribute,group,count,selection_rate,true_positive_rate,false_positive_rate",
    );
    expect(groups.text.split("\r\n")[1]).toMatch(new RegExp(`^${attribute},`));

    // The chart opens on the feature whose drift stands worst, not the first one.
    const feature = await page.getByRole("region", { name: "Drift" }).getByLabel("Feature").inputValue();
    expect(metrics.drift.series.map((s) => s.feature)).toContain(feature);
    const series = await save(`Download the KS statistic series of ${feature} as CSV`);
    expect(series.text.split("\r\n")[0]).toBe("feature,metric,bucket_start,bucket,mean,highest,windows");
    expect(series.text.split("\r\n")[1]).toMatch(new RegExp(`^${feature},KS,\\d{4}-`));
  });
});

test("a version without metrics shows how to send them", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("scientist");
  const suffix = uniqueSuffix();
  const id = await registerVersion(page, {
    slug: `e2e-metrics-${suffix}`,
    name: `E2E metrics ${suffix}`,
    kind: "FINE_TUNED",
  });
  await page.goto(`/versions/${id}?tab=metrics`);
  for (const [title, endpoint] of [
    ["No evaluation results yet", "evaluations"],
    ["No fairness report yet", "fairness"],
    ["No drift measured in this period", "drift"],
  ] as const) {
    await expect(page.getByText(title)).toBeVisible();
    await expect(page.getByText(`POST /api/v1/versions/${id}/${endpoint}`)).toBeVisible();
  }
  await expect(page.getByText(/Upload a file with the form on this tab/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Download/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
