/** Registry set-up for the browser tests, through the REST API with the signed-in page's session. */
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { uniqueSuffix } from "./registry-helpers";

/** The base model e2e/files/adapter_config.json names (base_model_name_or_path). */
export const BASE_HF_ID = "meta-llama/Llama-3.1-8B";
export const ADAPTER_CONFIG = "e2e/files/adapter_config.json";
export const MODEL_CARD = "e2e/files/README.md";

// Every run makes its own models, so runs never collide (models cannot be deleted: they are audited records).
export const unique = (prefix: string) => `${prefix}-${uniqueSuffix()}`;

export async function ok<T = Record<string, never>>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

type ModelSummary = { slug: string; hfId: string | null; latestVersion: { id: string } | null };

/** A version of the base model the fixture names: the demo data's when it has one, else made here through the API. */
export async function baseVersion(request: APIRequestContext): Promise<{ id: string; slug: string }> {
  const { items } = await ok<{ items: ModelSummary[] }>(
    await request.get(`/api/v1/models?kind=BASE&q=${encodeURIComponent(BASE_HF_ID)}`),
  );
  let model = items.find((item) => item.hfId?.toLowerCase() === BASE_HF_ID.toLowerCase());
  if (!model) {
    const body = { slug: unique("e2e-llama-3-1-8b"), name: "Llama 3.1 8B", kind: "BASE", hfId: BASE_HF_ID };
    model = (await ok<{ model: ModelSummary }>(await request.post("/api/v1/models", { data: body }))).model;
  }
  if (model.latestVersion) return { id: model.latestVersion.id, slug: model.slug };
  const { version } = await ok<{ version: { id: string } }>(
    await request.post(`/api/v1/models/${model.slug}/versions`, { data: {} }),
  );
  return { id: version.id, slug: model.slug };
}

export async function createModel(request: APIRequestContext, kind: string, prefix: string) {
  const slug = unique(prefix);
  await ok(await request.post("/api/v1/models", { data: { slug, name: `E2E ${slug}`, kind } }));
  return slug;
}

export const versionCount = async (page: Page, slug: string) =>
  (await ok<{ model: { versionCount: number } }>(await page.request.get(`/api/v1/models/${slug}`))).model
    .versionCount;
