import Link from "next/link";
import { PromotionStatusBadge, StageBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { AlertLine } from "./alert-line";
import { HomeList, HomeSection, itemLink } from "./home-list";
import { versionName, type ScientistWork } from "./home-types";

const NEXT_STEP: Record<string, string> = {
  BLOCKED: "An enforced policy failed: add the missing results, or register a new version from this one.",
  REJECTED: "A reviewer said no: read the comment and request again.",
  PENDING: "Waiting for a compliance officer.",
};

export function ScientistSection({ work }: { work: ScientistWork }) {
  const nothing = work.ready.total + work.requests.total + work.alerts.total === 0;
  return (
    <HomeSection
      id="home-your-work"
      title="Your work"
      description="Versions, requests and alerts of your teams' models."
    >
      {nothing ? (
        <EmptyState
          title="Nothing needs you right now"
          action={
            <ButtonLink href="/models" variant="secondary">
              Browse models
            </ButtonLink>
          }
        >
          No version of your teams is waiting to be put forward, none of your requests needs you, and no alert
          is open.
        </EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          <HomeList
            title="Ready to request promotion"
            list={work.ready}
            empty="Every development version of your teams has been put forward."
          >
            {(version) => (
              <div className="flex items-baseline justify-between gap-2">
                <Link href={`/versions/${version.id}`} className={itemLink}>
                  {versionName(version)}
                </Link>
                <span className="text-xs text-slate-600">
                  registered <RelativeTime date={version.createdAt} />
                </span>
              </div>
            )}
          </HomeList>
          <HomeList
            title="Your promotion requests"
            list={work.requests}
            empty="None of your requests needs you."
          >
            {(request) => (
              <div className="space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/versions/${request.version.id}`} className={itemLink}>
                    {versionName(request.version)}
                  </Link>
                  <PromotionStatusBadge status={request.status} />
                </div>
                <p className="flex flex-wrap items-center gap-1 text-xs text-slate-600">
                  <StageBadge stage={request.fromStage} />
                  <span aria-hidden>→</span>
                  <span className="sr-only">to</span>
                  <StageBadge stage={request.toStage} />
                  <span>
                    · requested <RelativeTime date={request.createdAt} />
                  </span>
                </p>
                <p className="text-xs text-slate-700">
                  {request.status === "BLOCKED" && request.failingRules > 0 && (
                    <span className="font-medium text-red-800">
                      {request.failingRules} failing {request.failingRules === 1 ? "rule" : "rules"}.{" "}
                    </span>
                  )}
                  {NEXT_STEP[request.status]}{" "}
                  <Link href={`/approvals/${request.id}`} className={itemLink}>
                    {request.status === "BLOCKED" ? "See what failed" : "Open the request"}
                    <span className="sr-only"> for {versionName(request.version)}</span>
                  </Link>
                </p>
              </div>
            )}
          </HomeList>
          <HomeList
            title="Open alerts on your teams' versions"
            list={work.alerts}
            empty="No open alerts on your teams' versions."
          >
            {(alert) => <AlertLine alert={alert} />}
          </HomeList>
        </div>
      )}
    </HomeSection>
  );
}
