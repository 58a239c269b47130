import type { Role } from "@/lib/auth/permissions";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS: { email: string; name: string; roles: Role[]; teams: string[] }[] = [
  {
    email: "scientist@demo.local",
    name: "Sam Scientist",
    roles: ["DATA_SCIENTIST"],
    teams: ["nlp-platform"],
  },
  {
    email: "scientist2@demo.local",
    name: "Priya Scientist",
    roles: ["DATA_SCIENTIST"],
    teams: ["applied-ml"],
  },
  { email: "officer@demo.local", name: "Olivia Officer", roles: ["COMPLIANCE_OFFICER"], teams: [] },
  { email: "officer2@demo.local", name: "Omar Officer", roles: ["COMPLIANCE_OFFICER"], teams: [] },
  { email: "leader@demo.local", name: "Lee Leader", roles: ["LEADERSHIP"], teams: [] },
  { email: "admin@demo.local", name: "Ada Admin", roles: ["ADMIN"], teams: ["nlp-platform", "applied-ml"] },
];

export const DEMO_TEAMS = [
  { slug: "nlp-platform", name: "NLP Platform" },
  { slug: "applied-ml", name: "Applied ML" },
];

/**
 * The demo teams and users inside a transaction of the caller's, created `at` the start of the story;
 * returns their ids by slug and e-mail.
 */
export async function seedPeopleIn(tx: Tx, passwordHash: string, at = new Date()) {
  const teams: Record<string, string> = {};
  const users: Record<string, { id: string; email: string }> = {};
  for (const team of DEMO_TEAMS) {
    const created = await tx.team.create({ data: { ...team, createdAt: at }, select: { id: true } });
    teams[team.slug] = created.id;
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "team.created",
      entityType: "team",
      entityId: created.id,
      changes: team,
      occurredAt: at,
    });
  }
  for (const user of DEMO_USERS) {
    const created = await tx.user.create({
      data: {
        email: user.email,
        name: user.name,
        roles: user.roles,
        passwordHash,
        createdAt: at,
        memberships: { create: user.teams.map((slug) => ({ teamId: teams[slug]! })) },
      },
      select: { id: true, email: true },
    });
    users[user.email] = created;
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "user.created",
      entityType: "user",
      entityId: created.id,
      changes: { email: user.email, roles: user.roles, teams: user.teams },
      occurredAt: at,
    });
  }
  return { teams, users };
}
