import Link from "next/link";
import { PolicySummary } from "@/components/approvals/policy-summary";
import { Badge, StageBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { RequestAge } from "@/components/approvals/request-age";
import { secondsBetween } from "@/lib/promotions/waiting-age";
import { AlertLine } from "./alert-line";
import { HomeList, HomeSection, itemLink } from "./home-list";
import { versionName, type OfficerQueue } from "./home-types";

/** The inbox at a glance: how many requests are pending and how long the oldest has waited. */
function InboxGlance({ inbox, now }: { inbox: OfficerQueue["inbox"]; now: Date }) {
  return (
    <Link
      href="/approvals"
      className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm hover:border-indigo-300 hover:bg-indigo-50/40"
    >
      <span className="text-2xl font-semibold tabular-nums text-slate-900">{inbox.total}</span>
      <span className="text-sm text-slate-700">
        {inbox.total === 1 ? "request pending" : "requests pending"} in the approvals inbox
      </span>
      {inbox.oldestAt && (
        <span className="flex items-center gap-2 text-sm text-slate-600">
          oldest
          <RequestAge ageSeconds={secondsBetween(inbox.oldestAt, now)} createdAt={inbox.oldestAt} pending />
        </span>
      )}
      <span className="ml-auto text-sm font-medium text-indigo-700">Open the inbox</span>
    </Link>
  );
}

export function OfficerSection({ queue, now = new Date() }: { queue: OfficerQueue; now?: Date }) {
  const nothing =
    queue.inbox.total + queue.waiting.total + (queue.erasures?.total ?? 0) + queue.criticalAlerts.total === 0;
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
        <div className="space-y-4">
          <InboxGlance inbox={queue.inbox} now={now} />
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
                    <span className="text-xs">
                      <RequestAge
                        ageSeconds={secondsBetween(request.createdAt, now)}
                        createdAt={request.createdAt}
                        pending
                      />
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
                allHref="/erasure-requests"
                empty="No erasure request is open."
              >
                {(erasure) => (
                  <div className="space-y-1">
                    <div className="flex items-baseline justify-between gap-2">
                      <Link href={`/erasure-requests/${erasure.id}`} className={itemLink}>
                        {erasure.subjectReference}
                      </Link>
                      {erasure.dueAt < now ? (
                        <Badge tone="red">Overdue</Badge>
                      ) : (
                        <Badge tone="slate">
                          {erasure.status === "IN_PROGRESS" ? "In progress" : "Open"}
                        </Badge>
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
        </div>
      )}
    </HomeSection>
  );
}
