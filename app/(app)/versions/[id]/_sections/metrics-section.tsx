import { useId } from "react";
import { EvaluationComparison } from "@/components/metrics/evaluation-comparison";
import { DriftExplorer } from "@/components/metrics/drift-explorer";
import { bucketInWords } from "@/lib/metrics/time-bucket";
import { FairnessPanel } from "@/components/metrics/fairness-panel";
import { MetricsEmpty } from "@/components/metrics/metrics-empty";
import { formatInstant } from "@/components/metrics/metric-format";
import type { Principal } from "@/lib/auth/permissions";
import { getVersionMetrics } from "@/lib/server/metrics/get-version-metrics";

function Part({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {title}
      </h3>
      <p className="mb-4 mt-1 text-xs text-slate-600">{description}</p>
      {children}
    </section>
  );
}

/** Evaluation, fairness and drift of the version: the same data as `GET /api/v1/versions/{id}/metrics`. */
export async function MetricsSection({ principal, versionId }: { principal: Principal; versionId: string }) {
  const { parent, base, evaluations, fairness, drift } = await getVersionMetrics(principal, versionId);
  const fileStem = `version-${versionId}`;
  return (
    <div className="space-y-6">
      <Part
        title="Evaluation metrics"
        description={`The latest overall value of each suite and metric, against ${parent ? `the parent ${parent.label}` : "the parent (none)"} and ${base ? `the base ${base.label}` : "the base model (none)"}.`}
      >
        {evaluations.length === 0 ? (
          <MetricsEmpty
            title="No evaluation results yet"
            versionId={versionId}
            endpoint="evaluations"
            what="Evaluation results (JSON, CSV or a model card's model-index) show here against the parent and the base."
          />
        ) : (
          <EvaluationComparison
            rows={evaluations}
            parent={parent}
            base={base}
            fileName={`${fileStem}-evaluations.csv`}
          />
        )}
      </Part>
      <Part
        title="Fairness"
        description="The latest report of each protected attribute: rates per group, with the bounds of the enabled policies in force and the four-fifths rule."
      >
        {fairness.reports.length === 0 ? (
          <MetricsEmpty
            title="No fairness report yet"
            versionId={versionId}
            endpoint="fairness"
            what="Predictions with a group, a label and a prediction per row are turned into rates per group here."
          />
        ) : (
          <FairnessPanel fairness={fairness} fileStem={fileStem} />
        )}
      </Part>
      <Part
        title="Drift"
        description={`Drift windows starting from ${formatInstant(drift.from)} to ${formatInstant(drift.to)} UTC, grouped in ${bucketInWords(drift.bucket.seconds)} buckets, with the warning and alert bands of the policies.`}
      >
        {drift.series.length === 0 ? (
          <MetricsEmpty
            title="No drift measured in this period"
            versionId={versionId}
            endpoint="drift"
            what="Drift per feature (PSI, KS, Jensen-Shannon, Wasserstein), from a reference and a current sample or pre-computed by a monitoring job, shows here over time."
          />
        ) : (
          <DriftExplorer
            series={drift.series}
            bucketSeconds={drift.bucket.seconds}
            bucketIso={drift.bucket.iso}
            fileStem={fileStem}
          />
        )}
      </Part>
    </div>
  );
}
