import Link from "next/link";
import { PolicySummary } from "@/components/approvals/policy-summary";
import { Badge, StageBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { AlertLine } from "./alert-line";
import { HomeList, HomeSection, itemLink } from "./home-list";
import { versionName, type OfficerQueue } from "./home-types";

export function OfficerSection({ queue, now = new Date() }: { queue: OfficerQueue; now?: Date }) {
  const nothing = queue.waiting.total + (queue.erasures?.total ?? 0) + queue.criticalAlerts.total === 0;
  return (
    <HomeSection
      id="home-compliance"
      title="Compliance"
      description="Decisions waiting for you, erasure requests and critical alerts."
      action={
        <ButtonLink href="/approvals" variant="secondary">
          All approvals
        </ButtonLink>
      }
    >
      {nothing ? (
        <EmptyState title="Nothing needs you right now">
          No promotion request waits for your decision, no erasure request is open and no critical alert is
          raised.
        </EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          <HomeList
            title="Waiting for your decision"
            list={queue.waiting}
            allHref="/approvals"
            empty="No request waits for your decision."
          >
            {(request) => (
              <div className="space-y-1.5">
                <div className="flex items-baseline justify-between gap-2">
                  <Link href={`/approvals/${request.id}`} className={itemLink}>
                    {versionName(request.version)}
                  </Link>
                  <span className="whitespace-nowrap text-xs text-slate-600">
                    <RelativeTime date={request.createdAt} now={now} />
                  </span>
                </div>
                <p className="flex flex-wrap items-center gap-1 text-xs text-slate-600">
                  <StageBadge stage={request.fromStage} />
                  <span aria-hidden>→</span>
                  <span className="sr-only">to</span>
                  <StageBadge stage={request.toStage} />
                  <span>
                    · by {request.requestedBy.name} · {request.approvals.approved} of{" "}
                    {request.requiredApprovals} approvals
                  </span>
                </p>
                <PolicySummary policy={request.policy} />
              </div>
            )}
          </HomeList>
          {queue.erasures && (
            <HomeList
              title={
                queue.erasures.overdue > 0
                  ? `Erasure requests (${queue.erasures.overdue} overdue)`
                  : "Erasure requests"
              }
              list={queue.erasures}
              empty="No erasure request is open."
            >
              {(erasure) => (
                <div className="space-y-1">
                  <div className="flex items-baseline justify-between gap-2">
                    <span className="font-medium text-slate-900">{erasure.subjectReference}</span>
                    {erasure.dueAt < now ? (
                      <Badge tone="red">Overdue</Badge>
                    ) : (
                      <Badge tone="slate">{erasure.status === "IN_PROGRESS" ? "In progress" : "Open"}</Badge>
                    )}
                  </div>
                  <p className="text-xs text-slate-600">
                    {erasure.dataset ? `${erasure.dataset.name} · ` : ""}due{" "}
                    <RelativeTime date={erasure.dueAt} now={now} />
                  </p>
                </div>
              )}
            </HomeList>
          )}
          <HomeList title="Critical alerts" list={queue.criticalAlerts} empty="No critical alert is open.">
            {(alert) => <AlertLine alert={alert} />}
          </HomeList>
        </div>
      )}
    </HomeSection>
  );
}
