import type { Metadata } from "next";
import { Suspense } from "react";
import { AlertsBySeverityCard } from "@/components/dashboards/alerts-by-severity-card";
import { ProductionDriftCard } from "@/components/dashboards/production-drift-card";
import { PromotionTrendCard } from "@/components/dashboards/promotion-trend-card";
import { RiskByStageCard } from "@/components/dashboards/risk-by-stage-card";
import { DashboardSlot } from "@/components/dashboards/dashboard-card";
import { GovernanceStatsSection, StatCardsSkeleton } from "@/components/dashboards/stat-cards";
import { VersionsByStageCard } from "@/components/dashboards/versions-by-stage-card";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getGovernanceStats } from "@/lib/server/dashboards/get-governance-stats";
import { getOpenAlertsBySeverity } from "@/lib/server/dashboards/get-open-alerts-by-severity";
import { getProductionDrift } from "@/lib/server/dashboards/get-production-drift";
import { getPromotionTrend } from "@/lib/server/dashboards/get-promotion-trend";
import { getRiskByStage } from "@/lib/server/dashboards/get-risk-by-stage";
import { getVersionsByStage } from "@/lib/server/dashboards/get-versions-by-stage";

export const metadata: Metadata = { title: "Dashboards" };

// Every query starts at once; each card streams in when its own numbers are ready.
export default async function DashboardsPage() {
  const principal = await requirePageUser("dashboards.read");
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Governance dashboard"
        description="What runs in production, what waits for a decision, what breaches a policy, and where the risk sits."
      />
      <Suspense fallback={<StatCardsSkeleton />}>
        <GovernanceStatsSection data={getGovernanceStats(principal, now)} />
      </Suspense>
      <div className="grid gap-6 lg:grid-cols-2">
        <DashboardSlot id="stages">
          <Suspense fallback={<CardSkeleton label="Loading versions by stage" rows={6} />}>
            <VersionsByStageCard data={getVersionsByStage(principal)} />
          </Suspense>
        </DashboardSlot>
        <DashboardSlot id="promotions">
          <Suspense fallback={<CardSkeleton label="Loading promotion requests per week" rows={6} />}>
            <PromotionTrendCard data={getPromotionTrend(principal, now)} />
          </Suspense>
        </DashboardSlot>
        <DashboardSlot id="risk">
          <Suspense fallback={<CardSkeleton label="Loading risk tier by stage" rows={6} />}>
            <RiskByStageCard data={getRiskByStage(principal)} />
          </Suspense>
        </DashboardSlot>
        <DashboardSlot id="alerts">
          <Suspense fallback={<CardSkeleton label="Loading open alerts" rows={6} />}>
            <AlertsBySeverityCard data={getOpenAlertsBySeverity(principal)} />
          </Suspense>
        </DashboardSlot>
      </div>
      <DashboardSlot id="drift">
        <Suspense fallback={<CardSkeleton label="Loading drift" rows={8} />}>
          <ProductionDriftCard data={getProductionDrift(principal, now)} />
        </Suspense>
      </DashboardSlot>
    </div>
  );
}
