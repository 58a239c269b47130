import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { registerVersion, safetensorsFile, truncatedSafetensorsFile, uniqueSuffix } from "./registry-helpers";

test("a scientist uploads and references artifacts, follows the lineage and reads the change log", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(120_000);
  await loginAs("scientist");
  const id = uniqueSuffix();
  const baseId = await registerVersion(page, {
    slug: `e2e-base-${id}`,
    name: `E2E base ${id}`,
    kind: "BASE",
  });
  const versionId = await registerVersion(
    page,
    { slug: `e2e-tuned-${id}`, name: `E2E tuned ${id}`, kind: "FINE_TUNED" },
    {
      parents: [{ versionId: baseId, relation: "FINETUNED_FROM" }],
      hyperparameters: { learning_rate: 0.0002, epochs: 3 },
      modelCard: "# E2E tuned\n\n## Intended use\n\nTesting the version page.\n",
      tags: ["e2e"],
    },
  );

  await page.goto(`/versions/${versionId}`);
  await expect(page.getByRole("heading", { level: 1, name: `E2E tuned ${id} v1` })).toBeVisible();
  await expect(page.getByText("Fine-tuned from")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await test.step("upload a safetensors file: the bar finishes and the parsed tensor count appears", async () => {
    await page.getByRole("link", { name: "Artifacts" }).click();
    await expect(page).toHaveURL(/\?tab=artifacts$/);
    await expect(page.getByText("No artifacts yet")).toBeVisible();
    const file = safetensorsFile([
      { name: "layer.0.weight", shape: [16, 16] },
      { name: "layer.0.bias", shape: [16] },
      { name: "head.weight", shape: [4, 16] },
    ]);
    await page
      .getByLabel("Upload a file")
      .setInputFiles({ name: "model.safetensors", mimeType: "application/octet-stream", buffer: file });
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(page.getByRole("progressbar", { name: "Upload progress" })).toHaveAttribute(
      "aria-valuenow",
      "100",
    );
    await expect(page.getByText("Uploaded model.safetensors.")).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: "model.safetensors" });
    await expect(row.getByText("3 tensors")).toBeVisible();
    await expect(row.getByText("336 parameters")).toBeVisible();
    await expect(row.getByRole("link", { name: "Download model.safetensors" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("register a reference, after its field errors", async () => {
    const form = page.getByRole("form", { name: "Register a reference" });
    await form.getByLabel("Name").fill("weights.gguf");
    await form.getByLabel("URI").fill("ftp://example.com/weights.gguf");
    await form.getByRole("button", { name: "Register reference" }).click();
    await expect(form.getByLabel("URI")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Only hf://, s3:// and https:// references are accepted")).toBeVisible();
    await expect(form.getByLabel("SHA-256")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("URI").fill(`hf://e2e-org/tuned-${id}/weights.gguf`);
    await form.getByLabel("SHA-256").fill("ab".repeat(32));
    await form.getByLabel("Size in bytes").fill("4096");
    await form.getByRole("button", { name: "Register reference" }).click();
    await expect(form.getByText("Registered weights.gguf.")).toBeVisible();
    await expect(
      page.getByRole("row").filter({ hasText: `hf://e2e-org/tuned-${id}/weights.gguf` }),
    ).toBeVisible();
  });

  await test.step("a hostile safetensors file is refused with a clear message and leaves no row", async () => {
    await page.getByLabel("Upload a file").setInputFiles({
      name: "hostile.safetensors",
      mimeType: "application/octet-stream",
      buffer: truncatedSafetensorsFile(),
    });
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not a valid safetensors file" })).toContainText(
      "header",
    );
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: "model.safetensors" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "hostile.safetensors" })).toHaveCount(0);
  });

  await test.step("edit tags and notes with a field error first", async () => {
    await page.getByRole("link", { name: "Overview" }).click();
    await page.getByRole("textbox", { name: "Tags" }).fill("e2e, Not A Tag!");
    await page.getByRole("button", { name: "Save tags and notes" }).click();
    await expect(page.getByRole("textbox", { name: "Tags" })).toHaveAttribute("aria-invalid", "true");
    await page.getByRole("textbox", { name: "Tags" }).fill("e2e reviewed");
    await page.getByRole("textbox", { name: "Notes" }).fill("Checked by the e2e suite.");
    await page.getByRole("button", { name: "Save tags and notes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Tags" }).getByText("reviewed")).toBeVisible();
  });

  await test.step("the change log lists registration, uploads and the metadata edit", async () => {
    await page.getByRole("link", { name: "Change log" }).click();
    await expect(page.getByText("model_version.registered")).toBeVisible();
    await expect(page.getByText("artifact.uploaded")).toBeVisible();
    await expect(page.getByText("artifact.registered")).toBeVisible();
    await expect(page.getByText("model_version.metadata_updated")).toBeVisible();
  });

  await test.step("the lineage graph shows the parent, and a click opens it", async () => {
    await page.getByRole("link", { name: "Lineage" }).click();
    const graph = page.getByRole("region", { name: /Lineage graph, 2 versions/ });
    await expect(graph).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await graph.getByRole("link", { name: new RegExp(`E2E base ${id} v1`) }).click();
    await expect(page).toHaveURL(new RegExp(`/versions/${baseId}$`));
    await expect(page.getByRole("heading", { level: 1, name: `E2E base ${id} v1` })).toBeVisible();
  });
});

test("an unknown version id answers 404 with a way back", async ({ page, loginAs }) => {
  await loginAs("leader");
  const response = await page.goto("/versions/no-such-version");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("No version with this id")).toBeVisible();
});

test("a leader reads a version but is told why uploads are closed", async ({ page, loginAs }) => {
  await loginAs("scientist");
  const versionId = await registerVersion(page, {
    slug: `e2e-readonly-${uniqueSuffix()}`,
    name: "E2E read-only",
    kind: "BASE",
  });
  await page.context().clearCookies();
  await loginAs("leader");
  await page.goto(`/versions/${versionId}?tab=artifacts`);
  await expect(page.getByText("Uploads are closed.")).toBeVisible();
  await expect(page.getByLabel("Upload a file")).toHaveCount(0);
  await page.goto(`/versions/${versionId}`);
  await expect(page.getByRole("button", { name: "Save tags and notes" })).toHaveCount(0);
});
