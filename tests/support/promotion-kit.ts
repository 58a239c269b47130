/**
 * The people and rows the promotion-workflow tests share: a team with two data scientists (one
 * registers, the other requests), a scientist of another team, three officers, an admin and a leader,
 * all with API tokens; versions at any stage; pending requests written straight to the table for the
 * tests that are about decisions rather than policies; and separate database clients for races.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type RiskTier, type Stage } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { createTeam, createUserWithToken, unique } from "./factories";

export async function setupWorkflowPeople() {
  const team = await createTeam(unique("team-a"));
  const otherTeam = await createTeam(unique("team-b"));
  const [registrant, requester, outsider, officer1, officer2, officer3, admin, leader] = await Promise.all([
    createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] }),
    createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] }),
    createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [otherTeam.id] }),
    createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] }),
    createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] }),
    createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] }),
    createUserWithToken({ roles: ["ADMIN"] }),
    createUserWithToken({ roles: ["LEADERSHIP"] }),
  ]);
  return { team, otherTeam, registrant, requester, outsider, officer1, officer2, officer3, admin, leader };
}
export type WorkflowPeople = Awaited<ReturnType<typeof setupWorkflowPeople>>;

/** A model of the team (registered by `registrant`) with versions in the given stages, oldest first. */
export async function createModelWithVersions(
  people: WorkflowPeople,
  stages: Stage[],
  options: { riskTier?: RiskTier } = {},
) {
  const slug = unique("model");
  const model = await db.model.create({
    data: {
      slug,
      name: slug,
      kind: "FINE_TUNED",
      riskTier: options.riskTier ?? "LIMITED",
      teamId: people.team.id,
      createdById: people.registrant.user.id,
    },
    select: { id: true, slug: true },
  });
  const versions = [];
  for (const [index, stage] of stages.entries())
    versions.push(
      await db.modelVersion.create({
        data: { modelId: model.id, version: index + 1, stage, createdById: people.registrant.user.id },
        select: { id: true, version: true },
      }),
    );
  return { model, versions };
}

/** A PENDING request as openPromotionRequest leaves one when no policy is in force. */
export async function createPendingRequest(options: {
  versionId: string;
  requestedById: string;
  fromStage: Stage;
  toStage: Stage;
  requiredApprovals?: number;
  keepPreviousProduction?: boolean;
}) {
  return db.promotionRequest.create({
    data: {
      versionId: options.versionId,
      requestedById: options.requestedById,
      fromStage: options.fromStage,
      toStage: options.toStage,
      requiredApprovals: options.requiredApprovals ?? 1,
      keepPreviousProduction: options.keepPreviousProduction ?? false,
      justification: "Evaluated and ready",
    },
    select: { id: true },
  });
}

export const stageOf = async (versionId: string) =>
  (await db.modelVersion.findUniqueOrThrow({ where: { id: versionId }, select: { stage: true } })).stage;

export const statusOf = async (requestId: string) =>
  (await db.promotionRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } }))
    .status;

/** Audit events of one entity, oldest first, optionally of one action. */
export const eventsOf = async (entityId: string, action?: string) =>
  (
    await db.auditEvent.findMany({
      where: { entityId, ...(action ? { action } : {}) },
      orderBy: { seq: "asc" },
      select: { action: true, changes: true, personal: { select: { actorEmail: true } } },
    })
  ).map(({ personal, ...event }) => ({ ...event, actorEmail: personal?.actorEmail ?? null }));

/** Clients with pools of their own, so racing transactions really run on different connections. */
export function separateClients(count: number) {
  return Array.from(
    { length: count },
    () =>
      new PrismaClient({
        adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
        // Racers queue on row locks and on the audit chain's lock; a loaded 2-core machine is slow.
        transactionOptions: { maxWait: 60_000, timeout: 60_000 },
      }),
  );
}
