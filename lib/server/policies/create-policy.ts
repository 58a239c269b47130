import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { policyKeyFromName, withSuffix } from "@/lib/policy/policy-key";
import { policyInputSchema, type PolicyInput } from "@/lib/policy/rules";
import type { PolicyView } from "@/lib/policy/views";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { policyRowSelect, toPolicyData, toPolicyView } from "./policy-view";

// A random suffix collides with another creation only by rare chance; a few tries make it vanishing.
const MAX_ATTEMPTS = 4;

/**
 * Creates a policy as its version 1, keyed by a slug of its name (with a short suffix when another
 * policy has that key). Audited as `policy.created` with the whole policy.
 */
export async function createPolicy(principal: Principal, input: PolicyInput): Promise<PolicyView> {
  requirePermission(principal, "policies.manage");
  const data = toPolicyData(parseInput(policyInputSchema, input));
  const base = policyKeyFromName(data.name);
  let key = (await keyTaken(base)) ? withSuffix(base) : base;
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertFirstVersion(principal, key, data);
    } catch (error) {
      // Another officer took the same key between the check and the insert: pick another one.
      const taken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!taken || attempt >= MAX_ATTEMPTS) throw error;
      key = withSuffix(base);
    }
  }
}

async function keyTaken(key: string) {
  return !!(await db.policy.findFirst({ where: { key }, select: { id: true } }));
}

function insertFirstVersion(principal: Principal, key: string, data: ReturnType<typeof toPolicyData>) {
  return db.$transaction(async (tx) => {
    const row = await tx.policy.create({
      data: { ...data, key, version: 1, createdById: principal.id },
      select: policyRowSelect,
    });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "policy.created",
      entityType: "policy",
      entityId: key,
      changes: { id: key, version: 1, ...data },
    });
    return toPolicyView(row, { id: principal.id, name: principal.name, email: principal.email });
  });
}
