"use client";

import type { AdapterConfigPrefill } from "@/lib/formats/adapter-config";
import type { ModelCardPrefill } from "@/lib/formats/model-card";
import { RegisterImportFile } from "./register-import-file";

type Props = {
  isAdapter: boolean;
  /** applies the card and answers the notes about what could not be used */
  onModelCard: (prefill: ModelCardPrefill) => string[];
  onAdapterConfig: (prefill: AdapterConfigPrefill) => void;
};

const listOf = (items: string[]) => (items.length ? items.join(", ") : "none");

function CardSummary({ prefill, notes }: { prefill: ModelCardPrefill; notes: string[] }) {
  const written = prefill.sections.filter((s) => s.status === "present").length;
  return (
    <div className="mt-1 space-y-2">
      <ul className="list-disc pl-5">
        <li>
          Licence: {prefill.license ?? "not stated"}; tags and the card&apos;s markdown ({written} of{" "}
          {prefill.sections.length} required sections written)
        </li>
        <li>
          Base model(s): {listOf(prefill.baseModels)}
          {prefill.relation ? ` (${prefill.relation}, ${prefill.relationSource})` : ""}: pick the version
          below
        </li>
        <li>Datasets named: {listOf(prefill.datasets)}: pick their versions below</li>
      </ul>
      {prefill.evaluations.length > 0 && (
        <div>
          <p className="font-medium">
            Evaluations in the card: recorded as evaluation runs when you register
          </p>
          <ul className="list-disc pl-5">
            {prefill.evaluations.map((evaluation) => (
              <li key={evaluation.suite}>
                {evaluation.suite}:{" "}
                {evaluation.metrics.map((m) => `${m.name ?? m.type} ${m.value}`).join(", ")}
              </li>
            ))}
          </ul>
        </div>
      )}
      {[...notes, ...prefill.warnings].length > 0 && (
        <ul className="list-disc pl-5 text-amber-900">
          {[...notes, ...prefill.warnings].map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Start from the files a training run leaves behind: they fill the form in; nothing is stored until you register. */
export function RegisterImports({ isAdapter, onModelCard, onAdapterConfig }: Props) {
  return (
    <section
      aria-labelledby="imports-heading"
      className="rounded-lg border border-indigo-200 bg-indigo-50/40 p-5"
    >
      <h2 id="imports-heading" className="text-base font-semibold text-slate-900">
        Start from files <span className="text-sm font-normal text-slate-600">(optional)</span>
      </h2>
      <div className={`mt-3 grid gap-6 ${isAdapter ? "md:grid-cols-2" : ""}`}>
        <RegisterImportFile<ModelCardPrefill>
          id="import-model-card"
          label="Import a Hugging Face model card"
          hint="The README.md of the model repository: licence, tags, base model, datasets and the card itself."
          accept=".md,.markdown,text/markdown,text/plain"
          endpoint="/api/v1/imports/model-card"
          contentType="text/markdown; charset=utf-8"
          onPrefill={(prefill) => <CardSummary prefill={prefill} notes={onModelCard(prefill)} />}
        />
        {isAdapter && (
          <RegisterImportFile<AdapterConfigPrefill>
            id="import-adapter-config"
            label="Import adapter_config.json"
            hint="Written by PEFT next to the adapter weights: type, rank, alpha, dropout and target modules."
            accept=".json,application/json"
            endpoint="/api/v1/imports/adapter-config"
            contentType="application/json"
            onPrefill={(prefill) => {
              onAdapterConfig(prefill);
              return (
                <p className="mt-1">
                  {prefill.adapterType} adapter, rank {prefill.rank ?? "not set"}, alpha{" "}
                  {prefill.alpha ?? "not set"}; base {prefill.baseModelNameOrPath ?? "not named"}: pick its
                  version below.
                </p>
              );
            }}
          />
        )}
      </div>
    </section>
  );
}
