import type { ModelKind, Stage } from "@/generated/prisma/enums";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/labels";
import { getJson } from "@/components/ui/get-json";
import type { ComboOption } from "./register-combobox";

// The pickers search through the registry's own REST API (listVersions / listDatasets / getDatasetOrThrow).

const query = (params: Record<string, string>) =>
  new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ""));

type VersionItem = {
  id: string;
  version: number;
  stage: Stage;
  model: { slug: string; name: string; kind: ModelKind };
};

export const versionLabel = (v: { version: number; model: { slug: string } }) =>
  `${v.model.slug} v${v.version}`;

/** Versions whose model's slug, name or Hugging Face id matches, newest first. */
export async function searchVersions(
  q: string,
  signal: AbortSignal,
  options: { excludeKind?: ModelKind } = {},
): Promise<ComboOption[]> {
  const page = await getJson<{ items: VersionItem[] }>(
    `/api/v1/versions?${query({ q, limit: "20" })}`,
    signal,
  );
  return page.items
    .filter((item) => item.model.kind !== options.excludeKind)
    .map((item) => ({
      id: item.id,
      label: versionLabel(item),
      detail: `${item.model.name} · ${KIND_LABELS[item.model.kind]} · ${STAGE_LABELS[item.stage]}`,
    }));
}

/** An adapter's base is a model version, never another adapter (the server refuses one too). */
export const searchBaseVersions = (q: string, signal: AbortSignal) =>
  searchVersions(q, signal, { excludeKind: "ADAPTER" });
export const searchAnyVersions = (q: string, signal: AbortSignal) => searchVersions(q, signal);

type DatasetItem = { id: string; slug: string; name: string; versionCount: number };

export async function searchDatasets(q: string, signal: AbortSignal): Promise<ComboOption[]> {
  const page = await getJson<{ items: DatasetItem[] }>(
    `/api/v1/datasets?${query({ q, limit: "20" })}`,
    signal,
  );
  return page.items.map((item) => ({
    id: item.id,
    label: item.slug,
    detail: `${item.name} · ${item.versionCount} version${item.versionCount === 1 ? "" : "s"}`,
  }));
}

export type DatasetVersionOption = {
  id: string;
  version: number;
  label: string | null;
  containsPersonalData: boolean;
  rows: number | null;
};

export async function loadDatasetVersions(datasetId: string): Promise<DatasetVersionOption[]> {
  const { dataset } = await getJson<{ dataset: { versions: DatasetVersionOption[] } }>(
    `/api/v1/datasets/${encodeURIComponent(datasetId)}`,
  );
  return dataset.versions;
}
