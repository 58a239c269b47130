import type { Metadata } from "next";
import { Suspense } from "react";
import { AlertsBySeverityCard } from "@/components/dashboards/alerts-by-severity-card";
import { DashboardSlot } from "@/components/dashboards/dashboard-card";
import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { DriftAlertsCard } from "@/components/dashboards/drift-alerts-card";
import { LeadTimeCard } from "@/components/dashboards/lead-time-card";
import { PendingApprovalsCard } from "@/components/dashboards/pending-approvals-card";
import { ProductionBreachesCard } from "@/components/dashboards/production-breaches-card";
import { ProductionDriftCard } from "@/components/dashboards/production-drift-card";
import { PromotionTrendCard } from "@/components/dashboards/promotion-trend-card";
import { RiskByStageCard } from "@/components/dashboards/risk-by-stage-card";
import { StaleEvaluationsCard } from "@/components/dashboards/stale-evaluations-card";
import { GovernanceStatsSection, StatCardsSkeleton } from "@/components/dashboards/stat-cards";
import { VersionsByStageCard } from "@/components/dashboards/versions-by-stage-card";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { resolveDashboardFilters } from "@/lib/server/dashboards/dashboard-filters";
import { getApprovalLeadTime } from "@/lib/server/dashboards/get-approval-lead-time";
import { getDriftAlertsTrend } from "@/lib/server/dashboards/get-drift-alerts-trend";
import { getGovernanceStats } from "@/lib/server/dashboards/get-governance-stats";
import { getOpenAlertsBySeverity } from "@/lib/server/dashboards/get-open-alerts-by-severity";
import { getPendingApprovals } from "@/lib/server/dashboards/get-pending-approvals";
import { getProductionBreaches } from "@/lib/server/dashboards/get-production-breaches";
import { getProductionDrift } from "@/lib/server/dashboards/get-production-drift";
import { getPromotionTrend } from "@/lib/server/dashboards/get-promotion-trend";
import { getRiskByStage } from "@/lib/server/dashboards/get-risk-by-stage";
import { EVALUATION_FRESH_DAYS, getStaleEvaluations } from "@/lib/server/dashboards/get-stale-evaluations";
import { getVersionsByStage } from "@/lib/server/dashboards/get-versions-by-stage";
import { listInboxTeams } from "@/lib/server/promotions/list-inbox-teams";
import { InvalidDashboardFilters, readDashboardParams } from "./dashboard-params";

export const metadata: Metadata = { title: "Dashboards" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Slot({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <DashboardSlot id={id}>
      <Suspense fallback={<CardSkeleton label={`Loading ${label}`} rows={6} />}>{children}</Suspense>
    </DashboardSlot>
  );
}

// Every query starts at once; each card streams in when its own numbers are ready.
export default async function DashboardsPage({ searchParams }: Props) {
  const principal = await requirePageUser("dashboards.read");
  const params = readDashboardParams(await searchParams);
  const [teams, resolved] = await Promise.all([
    listInboxTeams(principal),
    resolveDashboardFilters(params).catch((e) => e),
  ]);
  const now = new Date();
  const header = (
    <>
      <PageHeader
        title="Governance dashboard"
        description="What runs in production, what waits for a decision, what breaches a policy, and where the risk sits. Every tile links to the list it counts."
      />
      <DashboardFilters filters={params} teams={teams} />
    </>
  );
  if (resolved instanceof Error)
    return <InvalidDashboardFilters error={resolved}>{header}</InvalidDashboardFilters>;
  const filters = resolved;
  return (
    <div className="space-y-6">
      {header}
      <Suspense fallback={<StatCardsSkeleton />}>
        <GovernanceStatsSection data={getGovernanceStats(principal, now, filters)} filters={params} />
      </Suspense>
      <div className="grid gap-6 lg:grid-cols-2">
        <Slot id="stages" label="versions by stage">
          <VersionsByStageCard data={getVersionsByStage(principal, filters)} filters={params} />
        </Slot>
        <Slot id="risk" label="risk tier by stage">
          <RiskByStageCard data={getRiskByStage(principal, filters)} filters={params} />
        </Slot>
        <Slot id="pending" label="pending approvals">
          <PendingApprovalsCard data={getPendingApprovals(principal, now, filters)} filters={params} />
        </Slot>
        <Slot id="lead-time" label="approval lead time">
          <LeadTimeCard data={getApprovalLeadTime(principal, now, filters)} filters={params} />
        </Slot>
        <Slot id="breaches" label="policy breaches in production">
          <ProductionBreachesCard data={getProductionBreaches(principal, filters)} filters={params} />
        </Slot>
        <Slot id="evaluations" label="production versions without a recent evaluation">
          <StaleEvaluationsCard
            data={getStaleEvaluations(principal, now, filters)}
            days={EVALUATION_FRESH_DAYS}
            filters={params}
          />
        </Slot>
        <Slot id="promotions" label="promotion requests per week">
          <PromotionTrendCard data={getPromotionTrend(principal, now, filters)} filters={params} />
        </Slot>
        <Slot id="alerts" label="open alerts">
          <AlertsBySeverityCard data={getOpenAlertsBySeverity(principal, filters)} filters={params} />
        </Slot>
        <Slot id="drift-alerts" label="drift alerts per week">
          <DriftAlertsCard data={getDriftAlertsTrend(principal, now, filters)} filters={params} />
        </Slot>
      </div>
      <DashboardSlot id="drift">
        <Suspense fallback={<CardSkeleton label="Loading drift" rows={8} />}>
          <ProductionDriftCard data={getProductionDrift(principal, now, filters)} filters={params} />
        </Suspense>
      </DashboardSlot>
    </div>
  );
}
