import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { registerVersion, uniqueSuffix } from "./registry-helpers";

const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

test("a scientist uploads evaluation and fairness files on the Metrics tab; a broken file names its rows and stores nothing", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(120_000);
  await loginAs("scientist");
  const suffix = uniqueSuffix();
  const id = await registerVersion(page, {
    slug: `e2e-upload-${suffix}`,
    name: `E2E upload ${suffix}`,
    kind: "FINE_TUNED",
  });
  await page.goto(`/versions/${id}?tab=metrics`);
  await expect(page.getByText("No evaluation results yet")).toBeVisible({ timeout: 30_000 });

  await test.step("an evaluation CSV is recorded and drawn", async () => {
    await page.getByLabel("What you are sending").selectOption({ label: "Evaluation results" });
    await page
      .getByLabel("File")
      .setInputFiles(
        csv(
          "eval.csv",
          "suite,metric,value,higher_is_better,slice\nheld-out,accuracy,0.912,true,\nheld-out,loss,0.41,false,\n",
        ),
      );
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(page.getByRole("progressbar", { name: "Upload progress" })).toBeVisible();
    const evaluation = page.getByRole("region", { name: "Evaluation metrics" });
    await expect(
      evaluation.getByRole("row", { name: /^held-out accuracy higher is better 0\.912/ }),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(evaluation.getByRole("row", { name: /^held-out loss lower is better 0\.41/ })).toBeVisible();
  });

  await test.step("a fairness CSV with a label of 2 and a missing prediction is refused, row by row", async () => {
    await page.getByLabel("What you are sending").selectOption({ label: "Fairness (predictions)" });
    await page.getByLabel("File").setInputFiles(csv("bad.csv", "sex,y_true,y_pred\nf,1,1\nm,2,0\nf,0,\n"));
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(page.getByText("The file was refused; nothing was stored.")).toBeVisible({
      timeout: 30_000,
    });
    const problems = page.getByRole("table", { name: /problem/i });
    await expect(problems.getByRole("row", { name: /row 2, y_true/ })).toBeVisible();
    await expect(problems.getByRole("row", { name: /row 3, y_pred/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.reload();
    await expect(page.getByText("No fairness report yet")).toBeVisible({ timeout: 30_000 });
  });

  await test.step("a good fairness CSV becomes a report per attribute", async () => {
    const rows = ["sex,y_true,y_pred", "f,1,1", "f,0,0", "f,1,0", "m,1,1", "m,0,1", "m,0,0"];
    await page.getByLabel("What you are sending").selectOption({ label: "Fairness (predictions)" });
    await page.getByLabel("File").setInputFiles(csv("fair.csv", `${rows.join("\n")}\n`));
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    const fairness = page.getByRole("region", { name: "Fairness", exact: true });
    await expect(fairness.getByRole("heading", { name: "By sex" })).toBeVisible({ timeout: 30_000 });
  });
});

test("the upload form is there only for those who may record metrics", async ({ page, loginAs }) => {
  await loginAs("leader");
  const { items } = (await (await page.request.get("/api/v1/versions?limit=1")).json()) as {
    items: { id: string }[];
  };
  await page.goto(`/versions/${items[0]!.id}?tab=metrics`);
  await expect(page.getByRole("heading", { level: 2, name: "Metrics" })).toBeVisible();
  await expect(page.getByLabel("What you are sending")).toHaveCount(0);
});
