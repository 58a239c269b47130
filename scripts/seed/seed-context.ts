/**
 * What every area of the demo seed shares: the one transaction, the seeded random source, the demo
 * people, a fixed "today", and what earlier areas created (looked up by readable keys such as
 * `support-assistant-eu@2`), so later areas can link to it.
 */
import type { ModelKind, Stage } from "@/generated/prisma/client";
import type { Random } from "@/lib/random/seeded";
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";

export type DemoEmail =
  | "scientist@demo.local"
  | "scientist2@demo.local"
  | "officer@demo.local"
  | "officer2@demo.local"
  | "leader@demo.local"
  | "admin@demo.local";

export type SeededVersion = {
  id: string;
  modelId: string;
  slug: string;
  kind: ModelKind;
  hfId: string | null;
  version: number;
  /** the stage the story ends in; promotions move the version there and the seed checks it did */
  finalStage: Stage;
  createdBy: DemoEmail;
  createdAt: Date;
  /** keys of the parent versions, in lineage order */
  parents: string[];
  datasetVersions: string[];
  parameterCount: bigint | null;
  contextLength: number | null;
};

export type SeededDatasetVersion = { id: string };

export type SeedContext = {
  tx: Tx;
  random: Random;
  /** midnight UTC of the day the seed runs: every date of the story is counted back from it */
  today: Date;
  users: Record<DemoEmail, { id: string; email: string }>;
  teams: Record<string, string>;
  versions: Map<string, SeededVersion>;
  datasetVersions: Map<string, SeededDatasetVersion>;
};

export const DAY_MS = 86_400_000;

export function daysAgo(ctx: Pick<SeedContext, "today">, days: number, hours = 10) {
  return new Date(ctx.today.getTime() - days * DAY_MS + hours * 3_600_000);
}

/** The demo's teams and people exist before anything else in the story (the oldest record is 231 days old). */
export const STORY_STARTS_DAYS_AGO = 240;

export const versionKey = (slug: string, version: number) => `${slug}@${version}`;

export function versionOf(ctx: SeedContext, key: string): SeededVersion {
  const found = ctx.versions.get(key);
  if (!found) throw new Error(`seed data refers to an unknown model version ${key}`);
  return found;
}

export function datasetVersionOf(ctx: SeedContext, key: string): SeededDatasetVersion {
  const found = ctx.datasetVersions.get(key);
  if (!found) throw new Error(`seed data refers to an unknown dataset version ${key}`);
  return found;
}

/**
 * The audit event of a seeded change, by the demo user who would have made it (or the system), dated
 * when the story says it happened (the `createdAt` of what it records).
 */
export function audit(
  ctx: SeedContext,
  at: Date,
  by: DemoEmail | "system",
  action: string,
  entity: { type: string; id: string },
  changes?: unknown,
) {
  const actor: AuditActor = by === "system" ? SYSTEM_ACTOR : ctx.users[by];
  return recordAudit(ctx.tx, {
    actor,
    action,
    entityType: entity.type,
    entityId: entity.id,
    changes,
    occurredAt: at,
  });
}
