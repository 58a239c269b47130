import { Card } from "@/components/ui/card";
import { type Column, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FactList } from "./fact-list";
import { formatUtc } from "@/components/versions/format-utc";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type VersionTrainingProps = {
  hyperparameters: unknown;
  codeCommit: string | null;
  compute: unknown;
  trainingStartedAt: Date | null;
  trainingFinishedAt: Date | null;
};

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Scalars as they are; lists and objects as compact JSON, so a nested schedule still fits one row. */
const show = (value: Json) => (typeof value === "string" ? value : JSON.stringify(value));

const hyperparameterColumns: Column<[string, Json]>[] = [
  { key: "name", header: "Name", rowHeader: true, className: "font-mono text-xs", cell: ([name]) => name },
  {
    key: "value",
    header: "Value",
    className: "break-all font-mono text-xs",
    cell: ([, value]) => show(value),
  },
];

function duration(start: Date, end: Date) {
  const minutes = Math.round((end.getTime() - start.getTime()) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.round(hours / 24)} days`;
}

export function VersionTraining({
  hyperparameters,
  codeCommit,
  compute,
  trainingStartedAt,
  trainingFinishedAt,
}: VersionTrainingProps) {
  const params = isObject(hyperparameters)
    ? Object.entries(hyperparameters).sort(([a], [b]) => a.localeCompare(b))
    : [];
  const machine = isObject(compute) ? compute : {};
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Run">
          <FactList
            facts={[
              ["Code commit", codeCommit && <code className="font-mono text-xs">{codeCommit}</code>],
              ["Started", trainingStartedAt && formatUtc(trainingStartedAt)],
              ["Finished", trainingFinishedAt && formatUtc(trainingFinishedAt)],
              [
                "Duration",
                trainingStartedAt && trainingFinishedAt && duration(trainingStartedAt, trainingFinishedAt),
              ],
            ]}
          />
        </Card>
        <Card title="Compute">
          <FactList
            facts={[
              ["GPU type", typeof machine.gpuType === "string" ? machine.gpuType : null],
              ["GPU count", typeof machine.gpuCount === "number" ? machine.gpuCount : null],
              [
                "GPU hours",
                typeof machine.gpuHours === "number" ? machine.gpuHours.toLocaleString("en-US") : null,
              ],
            ]}
          />
        </Card>
      </div>
      <section aria-labelledby="hyperparameters-heading" className="space-y-3">
        <h2 id="hyperparameters-heading" className="text-base font-semibold text-slate-900">
          Hyperparameters
        </h2>
        {params.length === 0 ? (
          <EmptyState title="No hyperparameters recorded">
            They are fixed at registration, so a later version is where to add them.
          </EmptyState>
        ) : (
          <>
            <DataTable
              caption="Hyperparameters of this version's training run"
              columns={hyperparameterColumns}
              rows={params}
              rowKey={([name]) => name}
            />
            <details className="rounded-md border border-slate-200 bg-white">
              <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-800">
                Show as JSON
              </summary>
              <pre
                tabIndex={0}
                className="overflow-x-auto border-t border-slate-200 p-3 font-mono text-xs text-slate-800"
              >
                {JSON.stringify(hyperparameters, null, 2)}
              </pre>
            </details>
          </>
        )}
      </section>
    </div>
  );
}
