"use client";

import { useState } from "react";
import { DATASET_ROLE_LABELS } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { DatasetRole } from "@/generated/prisma/enums";
import { rowKey, type DatasetRow } from "@/lib/registration/form-values";
import { RegisterCombobox, type ComboOption, type SearchRequest } from "./register-combobox";
import { loadDatasetVersions, searchDatasets, type DatasetVersionOption } from "./register-search";

const control = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm disabled:bg-slate-50";

const versionText = (v: DatasetVersionOption) =>
  [
    `v${v.version}`,
    v.label,
    v.rows === null ? null : `${v.rows.toLocaleString("en")} rows`,
    v.containsPersonalData ? "personal data" : null,
  ]
    .filter(Boolean)
    .join(" · ");

/** Picks one dataset version in two steps (the dataset by search, then its version) with its role. */
export function RegisterDatasetAdder({
  onAdd,
  request,
}: {
  onAdd: (row: DatasetRow) => void;
  request: SearchRequest | null;
}) {
  const [dataset, setDataset] = useState<ComboOption | null>(null);
  const [versions, setVersions] = useState<DatasetVersionOption[] | null>(null);
  const [versionId, setVersionId] = useState("");
  const [role, setRole] = useState<DatasetRole>("TRAIN");
  const [problem, setProblem] = useState<string | null>(null);

  async function pickDataset(option: ComboOption | null) {
    setDataset(option);
    setVersions(null);
    setVersionId("");
    setProblem(null);
    if (!option) return;
    try {
      const found = await loadDatasetVersions(option.id);
      setVersions(found);
      setVersionId(found[0]?.id ?? "");
      if (!found.length) setProblem("This dataset has no versions yet; register one on its page first.");
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  function add() {
    const version = versions?.find((v) => v.id === versionId);
    if (!dataset || !version) return setProblem("Choose a dataset and one of its versions first.");
    onAdd({
      key: rowKey("dataset"),
      datasetVersionId: version.id,
      label: `${dataset.label} v${version.version}${version.label ? ` (${version.label})` : ""}`,
      role,
    });
    setDataset(null);
    setVersions(null);
    setVersionId("");
  }

  return (
    <div className="rounded-md border border-dashed border-slate-300 p-4">
      <p className="mb-3 text-sm font-medium text-slate-800">Add a dataset version</p>
      <div className="grid items-start gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_10rem_auto]">
        <RegisterCombobox
          id="dataset-search"
          label="Dataset"
          placeholder="Search by name or slug"
          selected={dataset}
          onSelect={pickDataset}
          search={searchDatasets}
          request={request}
        />
        <div>
          <label htmlFor="dataset-version" className="block text-sm font-medium text-slate-800">
            Version
          </label>
          <select
            id="dataset-version"
            value={versionId}
            onChange={(e) => setVersionId(e.target.value)}
            disabled={!versions?.length}
            className={control}
          >
            {!versions?.length && <option value="">{dataset ? "Loading…" : "Choose a dataset first"}</option>}
            {versions?.map((v) => (
              <option key={v.id} value={v.id}>
                {versionText(v)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="dataset-role" className="block text-sm font-medium text-slate-800">
            Role
          </label>
          <select
            id="dataset-role"
            value={role}
            onChange={(e) => setRole(e.target.value as DatasetRole)}
            className={control}
          >
            {Object.values(DatasetRole).map((value) => (
              <option key={value} value={value}>
                {DATASET_ROLE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" className="mt-6" onClick={add}>
          Add
        </Button>
      </div>
      {problem && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {problem}
        </p>
      )}
    </div>
  );
}
