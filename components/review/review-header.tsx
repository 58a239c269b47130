import Link from "next/link";
import { RequestAge } from "@/components/approvals/request-age";
import { EvidenceDownload } from "@/components/evidence/evidence-download";
import { StageMove } from "@/components/approvals/promotion-requests-table";
import { Badge, PromotionStatusBadge, RiskBadge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/versions/breadcrumbs";
import { formatUtc } from "@/components/versions/format-utc";
import type { ReviewHeader as Header } from "@/lib/promotions/review-types";

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** Who asks to move what where, why, and for how long it has waited. */
export function ReviewHeader({ request, inboxHref }: { request: Header; inboxHref: string | null }) {
  const { version } = request;
  const name = `${version.model.name} v${version.version}`;
  return (
    <header className="mb-6">
      <Breadcrumbs
        items={[
          inboxHref
            ? { label: "Approvals", href: inboxHref }
            : { label: version.model.name, href: `/models/${version.model.slug}` },
          { label: `Request for ${name}` },
        ]}
      />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          Promote{" "}
          <Link href={`/versions/${version.id}`} className="text-indigo-700 hover:underline">
            {name}
          </Link>
        </h1>
        <StageMove from={request.fromStage} to={request.toStage} />
        <PromotionStatusBadge status={request.status} />
        <RiskBadge tier={version.model.riskTier} />
        {request.emergencyOverride && <Badge tone="red">Emergency override: no review</Badge>}
        <div className="ml-auto">
          <EvidenceDownload versionId={version.id} />
        </div>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-8 gap-y-3 md:grid-cols-5">
        <Fact term="Requested by">
          <span title={request.requestedBy.email}>{request.requestedBy.name}</span>
        </Fact>
        <Fact term={request.status === "PENDING" ? "Waiting" : "Requested"}>
          <RequestAge
            ageSeconds={request.ageSeconds}
            createdAt={request.createdAt}
            pending={request.status === "PENDING"}
          />
          <span className="block text-xs text-slate-600">{formatUtc(request.createdAt)}</span>
        </Fact>
        <Fact term="Team">{version.model.team.name}</Fact>
        <Fact term="Registered by">{version.registeredBy.name}</Fact>
        {request.toStage === "PRODUCTION" && (
          <Fact term="In production now">
            <ServingNow request={request} />
          </Fact>
        )}
      </dl>
      <figure className="mt-4 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <figcaption className="text-xs font-medium uppercase tracking-wide text-slate-600">
          {request.emergencyOverride ? "Reason for the override" : "Justification"}
        </figcaption>
        <blockquote className="mt-1 whitespace-pre-wrap text-sm text-slate-900">
          {request.justification}
        </blockquote>
      </figure>
    </header>
  );
}

/**
 * What serves today and what approval does to it, with a comparison one click away: "is the new one
 * better than what serves?" is the question of a production review.
 */
function ServingNow({ request }: { request: Header }) {
  const { servingNow, version } = request;
  if (servingNow.length === 0)
    return <span>{request.status === "APPROVED" ? "Nothing else" : "Nothing yet: a first release"}</span>;
  const compare = `/compare?${new URLSearchParams([...servingNow, version].map((v) => ["v", v.id]))}`;
  const effect =
    request.status !== "PENDING"
      ? null
      : request.keepPreviousProduction
        ? "keeps serving"
        : "archived on approval";
  return (
    <span className="flex flex-col gap-0.5">
      <span>
        {servingNow.map((v, index) => (
          <span key={v.id}>
            {index > 0 && ", "}
            <Link href={`/versions/${v.id}`} className="text-indigo-700 hover:underline">
              v{v.version}
            </Link>
          </span>
        ))}
        {effect && <span className="text-slate-600"> ({effect})</span>}
      </span>
      <Link href={compare} className="text-xs text-indigo-700 hover:underline">
        Compare with v{version.version}
      </Link>
    </span>
  );
}
