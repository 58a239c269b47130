import { CompareTable } from "@/components/compare/compare-table";
import { EvaluationCharts } from "@/components/compare/evaluation-charts";
import { EmptyState } from "@/components/ui/empty-state";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { compareVersions, type VersionComparison } from "@/lib/server/metrics/compare-versions";

const FAIRNESS_NAMES: Record<string, string> = {
  DPD: "Demographic parity difference",
  DIR: "Disparate impact ratio",
  EOD: "Equalized odds difference",
};

async function load(principal: Principal, ids: string[]) {
  try {
    return { comparison: await compareVersions(principal, { v: ids }) };
  } catch (error) {
    if (error instanceof AppError && (error.code === "validation_failed" || error.code === "not_found"))
      return { problem: error.fields ? Object.values(error.fields).join(". ") : error.message };
    throw error;
  }
}

function Area({
  title,
  empty,
  children,
}: {
  title: string;
  empty: string | null;
  children: React.ReactNode;
}) {
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {empty ? <EmptyState title={`No ${title.toLowerCase()} figures`}>{empty}</EmptyState> : children}
    </section>
  );
}

export async function CompareResults({ principal, ids }: { principal: Principal; ids: string[] }) {
  if (ids.length < 2)
    return (
      <EmptyState title="Pick at least two versions">
        Tick versions on a model&apos;s page and press Compare, or find them above by their model&apos;s name.
      </EmptyState>
    );
  const { comparison, problem } = await load(principal, ids);
  if (!comparison)
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
        {problem}
      </p>
    );
  const { versions, evaluation, fairness, drift }: VersionComparison = comparison;
  const columns = versions.map((v) => ({ id: v.id, label: v.label }));
  return (
    <div className="space-y-8">
      <Area
        title="Evaluation"
        empty={
          evaluation.length ? null : "None of these versions has an evaluation run with overall values yet."
        }
      >
        <CompareTable
          caption="Latest evaluation metrics by version"
          groupLabel="Suite"
          columns={columns}
          rows={evaluation}
        />
        <EvaluationCharts columns={columns} rows={evaluation} />
      </Area>
      <Area
        title="Fairness"
        empty={fairness.length ? null : "None of these versions has a fairness report yet."}
      >
        <CompareTable
          caption="Latest fairness summary per attribute by version"
          groupLabel="Attribute"
          columns={columns}
          rows={fairness}
          nameOf={(row) => FAIRNESS_NAMES[row.name] ?? row.name}
        />
      </Area>
      <Area title="Drift" empty={drift.length ? null : "None of these versions has drift observations yet."}>
        <CompareTable
          caption="Latest drift window per feature and metric by version"
          groupLabel="Feature"
          columns={columns}
          rows={drift}
        />
      </Area>
    </div>
  );
}
