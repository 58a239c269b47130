import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import {
  ADAPTER_CONFIG,
  BASE_HF_ID,
  baseVersion,
  createModel,
  MODEL_CARD,
  ok,
  unique,
  versionCount,
} from "./registry-api";

// A registration lands where the form says the next step is: the new version's artifacts.
const registeredVersionUrl = /\/versions\/(?!new\?)[^/?#]+\?tab=artifacts$/;

test("a data scientist creates an adapter model and registers a version from its adapter_config.json", async ({
  page,
  loginAs,
}) => {
  await loginAs("scientist");
  const base = await baseVersion(page.request);
  const slug = unique("e2e-support-lora");

  await page.goto("/models/new");
  await expectNoSeriousA11yViolations(page);
  // Sent empty: each required field says so in words, beside its label, and the first takes the focus.
  await page.getByRole("button", { name: "Create model" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Required");
  await expect(page.getByLabel("Name")).toBeFocused();
  await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/Required$/);
  await expect(page.getByText(/Invalid input|expected string/)).toHaveCount(0);
  await page.getByLabel("Name").fill("E2E support LoRA");
  await page.getByLabel("Slug").fill(slug);
  await page.getByRole("radio", { name: /^Adapter/ }).check();
  await page.getByLabel("Licence").fill("llama3.1");
  await page.getByRole("button", { name: "Create model" }).click();
  await expect(page).toHaveURL(`/models/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "E2E support LoRA" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Register a version" }).first().click();
  await expect(page).toHaveURL(`/models/${slug}/versions/new`);
  await page.getByLabel("Import adapter_config.json").setInputFiles(ADAPTER_CONFIG);
  await expect(page.getByText("Imported adapter_config.json")).toBeVisible();
  await expect(page.getByLabel("Adapter type")).toHaveValue("LORA");
  await expect(page.getByLabel("Rank (r)")).toHaveValue("16");
  await expect(page.getByLabel("Alpha", { exact: true })).toHaveValue("32");
  await expect(page.getByLabel("Dropout")).toHaveValue("0.05");
  await expect(page.getByLabel("Target modules", { exact: true })).toHaveValue(/q_proj/);
  // The config's task type opens the less common PEFT settings, so nothing imported is out of sight.
  await expect(page.getByLabel("Task type")).toBeVisible();
  await expect(page.getByLabel("Task type")).toHaveValue("CAUSAL_LM");

  // The config names a Hub id; its hint searches the registry for the matching base version.
  await page.getByRole("button", { name: `Search the registry for ${BASE_HF_ID}` }).click();
  await page
    .getByRole("option", { name: new RegExp(`^${base.slug} v\\d+`) })
    .first()
    .click();
  await expect(page.getByRole("combobox", { name: "Base version" })).toHaveValue(
    new RegExp(`^${base.slug} v`),
  );
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Register version" }).click();
  await expect(page).toHaveURL(registeredVersionUrl);
  // The version page, where its artifacts are uploaded next.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("E2E support LoRA");
  await expect(page.getByText("No artifacts yet")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const { version } = await ok<{ version: Record<string, unknown> }>(
    await page.request.get(`/api/v1/versions/${id}`),
  );
  expect(version).toMatchObject({
    model: { slug },
    version: 1,
    stage: "DEVELOPMENT",
    parents: [{ relation: "ADAPTER_OF", model: { slug: base.slug } }],
    adapter: {
      type: "LORA",
      rank: 16,
      alpha: 32,
      dropout: 0.05,
      targetModules: expect.arrayContaining(["q_proj", "v_proj"]),
      useRslora: false,
      scaling: 2,
      taskType: "CAUSAL_LM",
    },
  });
});

test("a model card prefills a fine-tune's registration: licence, tags, relation, card and its checklist", async ({
  page,
  loginAs,
}) => {
  await loginAs("scientist");
  const slug = await createModel(page.request, "FINE_TUNED", "e2e-review-sentiment");
  // The card names the dataset `imdb`: a dataset of ours whose slug contains it, with one version.
  const datasetSlug = unique("e2e-imdb");
  const { dataset } = await ok<{ dataset: { id: string } }>(
    await page.request.post("/api/v1/datasets", {
      data: {
        slug: datasetSlug,
        name: "IMDb reviews",
        source: "https://ai.stanford.edu/~amaas/data/sentiment/",
        license: "other",
      },
    }),
  );
  const { datasetVersion } = await ok<{ datasetVersion: { id: string } }>(
    await page.request.post(`/api/v1/datasets/${dataset.id}/versions`, {
      data: { label: "plain_text", containsPersonalData: false, rows: 50000 },
    }),
  );
  await page.goto(`/models/${slug}/versions/new`);
  await page.getByLabel("Import a Hugging Face model card").setInputFiles(MODEL_CARD);
  await expect(page.getByText("Imported README.md")).toBeVisible();
  await expect(page.getByText(/recorded as evaluation runs when you register/)).toBeVisible();

  await expect(page.getByLabel("Model licence")).toHaveValue("apache-2.0");
  await expect(page.getByLabel("Tags")).toHaveValue("generated_from_trainer, text-classification");
  await expect(page.getByLabel("Relation")).toHaveValue("FINETUNED_FROM");
  await expect(
    page.getByRole("button", { name: "Search the registry for distilbert/distilbert-base-uncased" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Search the registry for imdb" })).toBeVisible();

  const checklist = page.getByRole("list", { name: "Required sections of the model card" });
  const section = (label: string) => checklist.getByRole("listitem").filter({ hasText: label });
  await expect(page.getByText("3 of 5 written")).toBeVisible();
  await expect(section("Intended use")).toHaveAttribute("data-status", "present");
  await expect(section("Limitations")).toHaveAttribute("data-status", "empty");
  await expect(section("Ethical considerations")).toHaveAttribute("data-status", "missing");

  // The checklist follows the markdown as it is written.
  await page.getByLabel("Model card (markdown)").press("ControlOrMeta+End");
  await page
    .getByLabel("Model card (markdown)")
    .pressSequentially("\n\n## Ethical considerations\n\nReviews can carry personal data; none is kept.\n");
  await expect(page.getByText("4 of 5 written")).toBeVisible();
  await expect(section("Ethical considerations")).toHaveAttribute("data-status", "present");
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(
    page.getByRole("tabpanel").getByRole("heading", { name: "Ethical considerations" }),
  ).toBeVisible();

  // The dataset hint searches our datasets; its version is picked with a role.
  await page.getByRole("button", { name: "Search the registry for imdb" }).click();
  await page.getByRole("option", { name: new RegExp(`^${datasetSlug}`) }).click();
  await expect(page.getByLabel("Version", { exact: true })).toHaveValue(datasetVersion.id);
  await page.getByLabel("Role", { exact: true }).selectOption("TRAIN");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText(`${datasetSlug} v1 (plain_text)`, { exact: true })).toBeVisible();

  // No parent in the registry for this one: remove the empty row and register; the licence goes to the model.
  await page.getByRole("button", { name: "Remove parent 1" }).click();
  await page.getByRole("button", { name: "Register version" }).click();
  await expect(page).toHaveURL(registeredVersionUrl);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const { version } = await ok<{ version: Record<string, unknown> }>(
    await page.request.get(`/api/v1/versions/${id}`),
  );
  expect(version).toMatchObject({
    parents: [],
    tags: ["generated_from_trainer", "text-classification"],
    datasets: [{ datasetVersionId: datasetVersion.id, role: "TRAIN" }],
  });
  const { model } = await ok<{ model: { license: string } }>(
    await page.request.get(`/api/v1/models/${slug}`),
  );
  expect(model.license).toBe("apache-2.0");
});

test("bad input shows each message beside its field and registers nothing", async ({ page, loginAs }) => {
  await loginAs("scientist");
  const slug = await createModel(page.request, "ADAPTER", "e2e-bad-lora");
  await page.goto(`/models/${slug}/versions/new`);
  await page.getByLabel("Rank (r)").fill("0");
  await page.getByLabel("Hyperparameters (JSON)").fill('{"learning_rate": }');
  await expect(page.getByText(/^Not valid JSON/)).toBeVisible();
  await page.getByRole("button", { name: "Register version" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "nothing was registered" });
  await expect(summary).toBeVisible();
  // Each field by the label the form gives it, in the order the page shows them.
  await expect(summary.getByRole("listitem")).toHaveText([
    /^Base version: Required$/,
    /^Rank \(r\): At least 1$/,
    /^Target modules: Required for LORA/,
    /^Hyperparameters \(JSON\): Not valid JSON/,
  ]);
  await expect(page.getByLabel("Rank (r)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Rank (r)")).toHaveAccessibleDescription(/At least 1/);
  await expect(page.getByLabel("Hyperparameters (JSON)")).toHaveAccessibleDescription(/Not valid JSON/);
  await expect(page.getByRole("combobox", { name: "Base version" })).toHaveAccessibleDescription(/Required/);
  await expect(page.getByLabel("Target modules", { exact: true })).toHaveAccessibleDescription(
    /Required for LORA/,
  );
  await expect(page.getByLabel("Rank (r)")).toHaveValue("0");
  await expectNoSeriousA11yViolations(page);
  await expect(page).toHaveURL(`/models/${slug}/versions/new`);
  expect(await versionCount(page, slug)).toBe(0);
});

test("leadership browses models but sees no New model, and the create page and API refuse it", async ({
  page,
  loginAs,
}) => {
  await loginAs("leader");
  await page.goto("/models");
  await expect(page.getByRole("heading", { level: 1, name: "Models" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New model" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Register your first model" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  expect((await page.goto("/models/new"))?.status()).toBe(403);
  const refused = await page.request.post("/api/v1/models", {
    data: { slug: unique("leader"), name: "Not allowed", kind: "BASE" },
  });
  expect(refused.status()).toBe(403);
});

test("the models list filters from the URL and links each row to its model", async ({ page, loginAs }) => {
  await loginAs("scientist");
  const slug = await createModel(page.request, "QUANTIZED", "e2e-filter-gguf");
  await page.goto("/models");
  await page.getByLabel("Search").fill(slug);
  await page.getByLabel("Kind").selectOption("QUANTIZED");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=QUANTIZED/);
  await expect(page.getByRole("row")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: `E2E ${slug}` }).click();
  await expect(page).toHaveURL(`/models/${slug}`);

  expect((await page.goto("/models/no-such-model"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Model not found" })).toBeVisible();

  await page.goto(`/models?q=${slug}&kind=BASE`);
  await expect(page.getByText("No models match these filters")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL("/models");
});

test("a new version starts from an earlier one: the form is filled, and registering it changes only what was edited", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(60_000);
  await loginAs("scientist");
  const base = await baseVersion(page.request);
  const slug = await createModel(page.request, "FINE_TUNED", "e2e-from");
  const { version: first } = await ok<{ version: { id: string } }>(
    await page.request.post(`/api/v1/models/${slug}/versions`, {
      data: {
        parents: [{ versionId: base.id, relation: "FINETUNED_FROM" }],
        hyperparameters: { learning_rate: 0.0002 },
        tags: ["first-run"],
      },
    }),
  );
  await page.goto(`/versions/${first.id}`);
  await page.getByRole("link", { name: "New version from this" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Register version 2 of / })).toBeVisible();
  await expect(page.getByText("Filled from version 1")).toBeVisible();
  await expect(page.getByLabel("Tags")).toHaveValue("first-run");
  await page.getByLabel("Tags").fill("second-run");
  await page.getByRole("button", { name: "Register version" }).click();
  await page.waitForURL(registeredVersionUrl);
  const second = page.url().split("/versions/")[1]!.split("?")[0]!;
  const { version } = await ok<{
    version: { version: number; tags: string[]; hyperparameters: unknown; parents: { versionId: string }[] };
  }>(await page.request.get(`/api/v1/versions/${second}`));
  expect(version).toMatchObject({
    version: 2,
    tags: ["second-run"],
    hyperparameters: { learning_rate: 0.0002 },
    parents: [{ versionId: base.id }],
  });
  await expectNoSeriousA11yViolations(page);
});
