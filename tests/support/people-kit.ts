/**
 * For integration tests only: two teams with one data scientist each, an admin, a leader and an officer,
 * and short ways to create models and versions through the real services.
 */
import type { Principal } from "@/lib/auth/permissions";
import type { CreateModelInput } from "@/lib/schemas/models";
import type { RegisterVersionInput } from "@/lib/schemas/versions";
import { createTeam, createUserWithToken, unique } from "@/tests/support/factories";
import { registerVersion } from "@/lib/server/versions/register-version";
import { createModel } from "@/lib/server/models/create-model";

export async function setupPeople() {
  const teamA = await createTeam(unique("team-a"));
  const teamB = await createTeam(unique("team-b"));
  const [scientistA, scientistB, admin, leader, officer] = await Promise.all([
    createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [teamA.id] }),
    createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [teamB.id] }),
    createUserWithToken({ roles: ["ADMIN"] }),
    createUserWithToken({ roles: ["LEADERSHIP"] }),
    createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] }),
  ]);
  return { teamA, teamB, scientistA, scientistB, admin, leader, officer };
}

export function makeModel(principal: Principal, input: Partial<CreateModelInput> = {}) {
  const slug = input.slug ?? unique("model");
  return createModel(principal, { slug, name: slug, kind: "BASE", ...input });
}

export function makeVersion(principal: Principal, modelSlug: string, input: RegisterVersionInput = {}) {
  return registerVersion(principal, modelSlug, input);
}
