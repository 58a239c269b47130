import { expect, type Page } from "@playwright/test";

/** A suffix that keeps slugs unique across reruns against the same database. */
export const uniqueSuffix = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** Registers a model and one version through the REST API with the page's session cookie; returns the version id. */
export async function registerVersion(
  page: Page,
  model: { slug: string; name: string; kind: string },
  version: Record<string, unknown> = {},
) {
  const created = await page.request.post("/api/v1/models", { data: model });
  expect(created.status(), await created.text()).toBe(201);
  const registered = await page.request.post(`/api/v1/models/${model.slug}/versions`, { data: version });
  expect(registered.status(), await registered.text()).toBe(201);
  return ((await registered.json()) as { version: { id: string } }).version.id;
}

/**
 * A valid safetensors file: an 8-byte little-endian header length, the JSON header, then the tensors'
 * bytes, which tile the data section exactly (as the reference implementation requires).
 */
export function safetensorsFile(tensors: { name: string; shape: number[] }[]): Buffer {
  let offset = 0;
  const header: Record<string, unknown> = {};
  for (const tensor of tensors) {
    const bytes = tensor.shape.reduce((a, b) => a * b, 1) * 4;
    header[tensor.name] = { dtype: "F32", shape: tensor.shape, data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([length, json, Buffer.alloc(offset)]);
}

/** A hostile file: its header length claims far more bytes than the file holds. */
export function truncatedSafetensorsFile(): Buffer {
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(50_000));
  return Buffer.concat([length, Buffer.from('{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}')]);
}
