/**
 * The shapes the home page draws, as the components need them (the page passes the service's result,
 * and TypeScript checks the two agree there).
 */
import type { PolicyCounts } from "@/components/approvals/policy-summary";
import type { GovernanceStatsView } from "@/components/dashboards/stat-cards";

export type Listed<T> = { total: number; items: T[] };
export type VersionRef = { id: string; version: number; model: { name: string } };
export type AlertItem = {
  id: string;
  title: string;
  severity: string;
  createdAt: Date;
  version: VersionRef | null;
};

export type ScientistWork = {
  ready: Listed<{ id: string; version: number; createdAt: Date; model: { name: string } }>;
  requests: Listed<{
    id: string;
    status: string;
    fromStage: string;
    toStage: string;
    createdAt: Date;
    version: VersionRef;
    /** rules of ENFORCE policies that failed: what blocked a BLOCKED request */
    failingRules: number;
  }>;
  alerts: Listed<AlertItem>;
};

export type OfficerQueue = {
  /** every PENDING request, and when the one waiting longest was made */
  inbox: { total: number; oldestAt: Date | null };
  waiting: Listed<{
    id: string;
    fromStage: string;
    toStage: string;
    createdAt: Date;
    requiredApprovals: number;
    version: VersionRef;
    requestedBy: { name: string };
    approvals: { approved: number };
    policy: PolicyCounts;
  }>;
  erasures:
    | (Listed<{
        id: string;
        subjectReference: string;
        status: string;
        dueAt: Date;
        dataset: { name: string } | null;
      }> & { overdue: number })
    | null;
  criticalAlerts: Listed<AlertItem>;
};

export type AdminOverview = {
  users: { active: number; disabled: number };
  expiringTokens: Listed<{
    id: string;
    name: string;
    prefix: string;
    expiresAt: Date;
    user: { name: string; email: string };
  }>;
};

export type HomeSummaryView = {
  scientist: ScientistWork | null;
  officer: OfficerQueue | null;
  overview: GovernanceStatsView | null;
  admin: AdminOverview | null;
};

export const versionName = (version: VersionRef) => `${version.model.name} v${version.version}`;
