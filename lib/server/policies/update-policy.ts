import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { diffPolicies, isUnchanged } from "@/lib/policy/diff";
import { policyInputSchema, type PolicyInput } from "@/lib/policy/rules";
import type { PolicyView } from "@/lib/policy/views";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { policyRowSelect, snapshotOf, toPolicyData, toPolicyView } from "./policy-view";

/**
 * Saves a policy's next version (switching SHADOW <-> ENFORCE is such a save). The current version is
 * locked first, so of two officers saving at once one writes version n+1 and the other is told to
 * reload (409; the unique (key, version) stands behind the lock). `expectedVersion` (the form's) also
 * refuses a save made over a version the editor never saw. Audited as `policy.updated` with the diff.
 */
export async function updatePolicy(
  principal: Principal,
  key: string,
  input: PolicyInput,
  options: { expectedVersion?: number } = {},
): Promise<PolicyView> {
  requirePermission(principal, "policies.manage");
  const data = toPolicyData(parseInput(policyInputSchema, input));
  try {
    return await db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Policy" WHERE key = ${key} ORDER BY version DESC LIMIT 1 FOR UPDATE`;
      if (!locked) throw notFound(`The policy "${key}"`);
      const current = await tx.policy.findUniqueOrThrow({
        where: { id: locked.id },
        select: policyRowSelect,
      });
      if (options.expectedVersion !== undefined && options.expectedVersion !== current.version)
        throw staleEdit(current.version);

      const diff = diffPolicies(snapshotOf(toPolicyView(current, undefined)), data);
      if (isUnchanged(diff))
        throw conflict(
          `Nothing changed: this is identical to version ${current.version}, so no version was saved`,
        );

      const version = current.version + 1;
      const row = await tx.policy.create({
        data: { ...data, key, version, createdById: principal.id },
        select: policyRowSelect,
      });
      const { lines, fields, rules } = diff;
      await recordAudit(tx, {
        actor: { id: principal.id, email: principal.email },
        action: "policy.updated",
        entityType: "policy",
        entityId: key,
        changes: {
          id: key,
          version,
          previousVersion: current.version,
          changeNote: data.changeNote,
          diff: { fields, rules, lines },
        },
      });
      return toPolicyView(row, { id: principal.id, name: principal.name, email: principal.email });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw staleEdit();
    throw error;
  }
}

const staleEdit = (version?: number) =>
  conflict(
    `Someone else saved ${version ? `version ${version} of ` : "a new version of "}this policy meanwhile: reload it and make your change again`,
  );
