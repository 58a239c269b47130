import type { ServerAction } from "@/lib/action-result";
import type { PromotionDecisionInput } from "@/lib/schemas/promotions";
import type { ReviewData } from "@/lib/promotions/review-types";
import { VersionPromotions } from "@/components/promotions/version-promotions";
import { AncestryList } from "./ancestry-list";
import { ArtifactList } from "./artifact-list";
import { DatasetsTable } from "./datasets-table";
import { OpenErasures } from "./open-erasures";
import { DecisionHistory } from "./decision-history";
import { DecisionPanel } from "./decision-panel";
import { DriftTable } from "./drift-table";
import { FairnessSummary } from "./fairness-summary";
import { MetricsComparison } from "./metrics-comparison";
import { ModelCardStatus } from "./model-card-status";
import { PolicyResults } from "./policy-results";
import { ReviewHeader } from "./review-header";

function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 space-y-3">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </section>
  );
}

const SECTIONS = [
  ["policies", "Policy results"],
  ["metrics", "Evaluation"],
  ["fairness", "Fairness"],
  ["drift", "Drift"],
  ["datasets", "Datasets"],
  ["model-card", "Model card"],
  ["lineage", "Lineage"],
  ["artifacts", "Artifacts"],
  ["decisions", "Decisions"],
  ["other-requests", "Other requests"],
] as const;

const day = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ") + " UTC";

/**
 * One screen for one decision: the request on top; policy results first, then the evidence, on the
 * left; the decision panel on the right, sticky, with the sections' index beneath it.
 */
export function ReviewScreen({
  review,
  inboxHref,
  decide,
  withdraw,
}: {
  review: ReviewData;
  inboxHref: string | null;
  decide: ServerAction<PromotionDecisionInput, unknown>;
  withdraw: ServerAction<{ reason?: string }, unknown>;
}) {
  const { request, evidence } = review;
  return (
    <>
      <ReviewHeader request={request} inboxHref={inboxHref} />
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-10">
          <Section
            id="policies"
            title="Policy results"
            description={`Frozen when the request was made (${day(request.createdAt)}): later edits of a policy never change them.`}
          >
            <PolicyResults policies={review.policies} toStage={request.toStage} />
          </Section>
          <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
            The evidence below is as it stood when the request was made, {day(review.evidenceAsOf)}: what the
            policies judged.
          </p>
          <Section id="metrics" title="Evaluation" description="Latest overall value per suite and metric.">
            <MetricsComparison metrics={evidence.metrics} />
          </Section>
          <Section id="fairness" title="Fairness" description="Latest report per protected attribute.">
            <FairnessSummary reports={evidence.fairness} />
          </Section>
          <Section
            id="drift"
            title="Drift"
            description="Latest window per feature; PSI from 0.1 is a moderate shift, from 0.2 a significant one."
          >
            <DriftTable rows={evidence.drift} />
          </Section>
          <Section id="datasets" title="Datasets" description="Used by this version or by its ancestors.">
            <OpenErasures erasures={review.openErasures} />
            <DatasetsTable datasets={evidence.datasets} />
          </Section>
          <Section id="model-card" title="Model card">
            <ModelCardStatus sections={evidence.modelCard} versionId={request.version.id} />
          </Section>
          <Section
            id="lineage"
            title="Lineage"
            description="Ancestors, nearest first, with the stage each is in."
          >
            <AncestryList ancestors={evidence.lineage} versionId={request.version.id} />
          </Section>
          <Section id="artifacts" title="Artifacts">
            <ArtifactList artifacts={evidence.artifacts} />
          </Section>
          <Section id="decisions" title="Decisions" description="What each officer decided, and said.">
            <DecisionHistory decisions={review.decisions} />
          </Section>
          <Section id="other-requests" title="Other requests of this version">
            <VersionPromotions
              rows={review.otherRequests}
              truncated={false}
              empty={{
                title: "No other request",
                text: "This is the only promotion request of this version so far.",
              }}
            />
          </Section>
        </div>
        <aside aria-label="Decision" className="space-y-4 lg:sticky lg:top-6">
          <DecisionPanel
            status={request.status}
            toStage={request.toStage}
            decisions={review.decisions}
            approved={review.approvalsCount}
            required={request.requiredApprovals}
            rights={review.rights}
            decide={decide}
            withdraw={withdraw}
          />
          <nav
            aria-label="Sections of this review"
            className="hidden rounded-lg border border-slate-200 bg-white p-3 text-sm lg:block"
          >
            <ul className="space-y-1">
              {SECTIONS.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`} className="text-indigo-700 hover:underline">
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
      </div>
    </>
  );
}
