"use client";

import { useState } from "react";
import { RELATION_CHOICE_LABELS } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import type { ModelKind } from "@/generated/prisma/enums";
import { emptyParentRow, type ParentRow } from "@/lib/registration/form-values";
import { PARENT_SLOTS } from "@/lib/registration/parent-slots";
import { RegisterCombobox, type SearchRequest } from "./register-combobox";
import { RegisterHints, type NameHint } from "./register-hints";
import { searchAnyVersions, searchBaseVersions } from "./register-search";
import { SectionError, sectionClass, sectionLegend } from "./register-section";

type Props = {
  kind: ModelKind;
  rows: ParentRow[];
  onChange: (rows: ParentRow[]) => void;
  errors: Record<string, string>;
  hints: NameHint[];
};

const INTRO: Record<ModelKind, string> = {
  BASE: "Optional: a base model may be distilled or trained from another version in the registry.",
  FINE_TUNED: "The version(s) this one was trained from. Parents are fixed at registration.",
  ADAPTER: "The base version this adapter applies to. It is fixed at registration.",
  MERGED: "Every version merged into this one: at least two.",
  QUANTIZED: "The version this is a quantized copy of.",
};

/** Lineage: parents picked from existing versions (so the graph stays acyclic), with a relation each where the kind allows a choice. */
export function RegisterParents({ kind, rows, onChange, errors, hints }: Props) {
  const slots = PARENT_SLOTS[kind];
  const [request, setRequest] = useState<{ key: string; search: SearchRequest } | null>(null);
  const isAdapter = kind === "ADAPTER";
  const update = (key: string, patch: Partial<ParentRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  function searchFor(name: string) {
    let target = rows.find((row) => !row.versionId) ?? rows[0];
    if (!target) {
      target = emptyParentRow(slots.relations[0]!);
      onChange([target]);
    }
    setRequest({ key: target.key, search: { text: name, n: Date.now() } });
  }

  return (
    <fieldset
      id="parents"
      tabIndex={-1}
      className={sectionClass}
      aria-describedby={errors.parents ? "parents-error" : "parents-intro"}
    >
      <legend className={sectionLegend}>{isAdapter ? "Base version" : "Lineage"}</legend>
      <p id="parents-intro" className="text-sm text-slate-600">
        {INTRO[kind]}
      </p>
      <SectionError id="parents-error" message={errors.parents} />
      <RegisterHints
        intro="The imported files name this base model; find its version in the registry:"
        hints={hints}
        onSearch={searchFor}
      />
      <ul className="space-y-3">
        {rows.map((row, index) => (
          <li key={row.key} className="grid items-start gap-3 md:grid-cols-[minmax(0,1fr)_14rem_auto]">
            <RegisterCombobox
              id={`parents-${index}-versionId`}
              label={isAdapter ? "Base version" : `Parent ${index + 1}`}
              required={index < slots.min}
              placeholder="Search by model name, slug or Hugging Face id"
              error={errors[`parents.${index}.versionId`]}
              selected={row.versionId ? { id: row.versionId, label: row.label } : null}
              onSelect={(option) =>
                update(row.key, { versionId: option?.id ?? "", label: option?.label ?? "" })
              }
              search={isAdapter ? searchBaseVersions : searchAnyVersions}
              request={request?.key === row.key ? request.search : null}
            />
            {slots.relations.length > 1 ? (
              <div>
                <label
                  htmlFor={`parents-${index}-relation`}
                  className="block text-sm font-medium text-slate-800"
                >
                  Relation
                </label>
                <select
                  id={`parents-${index}-relation`}
                  value={row.relation}
                  onChange={(event) =>
                    update(row.key, { relation: event.target.value as ParentRow["relation"] })
                  }
                  aria-invalid={errors[`parents.${index}.relation`] ? true : undefined}
                  aria-describedby={
                    errors[`parents.${index}.relation`] ? `parents-${index}-relation-error` : undefined
                  }
                  className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
                >
                  {slots.relations.map((relation) => (
                    <option key={relation} value={relation}>
                      {RELATION_CHOICE_LABELS[relation]}
                    </option>
                  ))}
                </select>
                <SectionError
                  id={`parents-${index}-relation-error`}
                  message={errors[`parents.${index}.relation`]}
                />
              </div>
            ) : (
              <p className="pt-7 text-sm text-slate-700">{RELATION_CHOICE_LABELS[row.relation]}</p>
            )}
            {rows.length > slots.min ? (
              <Button
                variant="ghost"
                className="mt-6"
                aria-label={`Remove parent ${index + 1}`}
                onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
              >
                Remove
              </Button>
            ) : (
              <span aria-hidden />
            )}
          </li>
        ))}
      </ul>
      {(slots.max === null || rows.length < slots.max) && (
        <Button variant="secondary" onClick={() => onChange([...rows, emptyParentRow(slots.relations[0]!)])}>
          Add a parent
        </Button>
      )}
    </fieldset>
  );
}
