"use client";

import { useState } from "react";
import { DATASET_ROLE_LABELS } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { DatasetRole } from "@/generated/prisma/enums";
import type { DatasetRow } from "@/lib/registration/form-values";
import type { SearchRequest } from "./register-combobox";
import { RegisterDatasetAdder } from "./register-dataset-adder";
import { RegisterHints, type NameHint } from "./register-hints";
import { SectionError, sectionClass, sectionLegend } from "./register-section";

type Props = {
  rows: DatasetRow[];
  onChange: (rows: DatasetRow[]) => void;
  errors: Record<string, string>;
  hints: NameHint[];
};

/** The dataset versions the version was trained, validated or evaluated on: what an erasure request or a licence question traces back to. */
export function RegisterDatasets({ rows, onChange, errors, hints }: Props) {
  const [request, setRequest] = useState<SearchRequest | null>(null);
  const update = (key: string, role: DatasetRole) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, role } : row)));
  return (
    <fieldset
      id="datasets"
      tabIndex={-1}
      className={sectionClass}
      aria-describedby={errors.datasets ? "datasets-error" : "datasets-intro"}
    >
      <legend className={sectionLegend}>Datasets used</legend>
      <p id="datasets-intro" className="text-sm text-slate-600">
        Each dataset version with its role. Personal data in a training set is what compliance asks about
        first.
      </p>
      <SectionError id="datasets-error" message={errors.datasets} />
      <RegisterHints
        intro="The model card names these datasets:"
        hints={hints}
        onSearch={(name) => setRequest({ text: name, n: Date.now() })}
      />
      {rows.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {rows.map((row, index) => {
            const error = errors[`datasets.${index}.datasetVersionId`] ?? errors[`datasets.${index}.role`];
            return (
              <li key={row.key} className="flex flex-wrap items-center gap-3 px-3 py-2">
                <span
                  id={`datasets-${index}-datasetVersionId`}
                  tabIndex={-1}
                  className="min-w-0 flex-1 font-mono text-sm text-slate-900"
                >
                  {row.label}
                </span>
                <label htmlFor={`datasets-${index}-role`} className="sr-only">
                  Role of {row.label}
                </label>
                <select
                  id={`datasets-${index}-role`}
                  value={row.role}
                  onChange={(e) => update(row.key, e.target.value as DatasetRole)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `datasets-${index}-error` : undefined}
                  className="rounded-md border border-slate-300 px-2 py-1 text-sm"
                >
                  {Object.values(DatasetRole).map((value) => (
                    <option key={value} value={value}>
                      {DATASET_ROLE_LABELS[value]}
                    </option>
                  ))}
                </select>
                <Button
                  variant="ghost"
                  aria-label={`Remove ${row.label}`}
                  onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
                >
                  Remove
                </Button>
                {error && (
                  <div className="basis-full">
                    <SectionError id={`datasets-${index}-error`} message={error} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <RegisterDatasetAdder onAdd={(row) => onChange([...rows, row])} request={request} />
    </fieldset>
  );
}
