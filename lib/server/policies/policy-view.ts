import "server-only";
import type { PolicyMode, Stage } from "@/generated/prisma/enums";
import type { PolicySnapshot } from "@/lib/policy/diff";
import { storedRulesSchema, type PolicyInput, type PolicyRule } from "@/lib/policy/rules";
import type { PolicyView, UserRef } from "@/lib/policy/views";
import type { Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";

export const policyRowSelect = {
  id: true,
  key: true,
  version: true,
  name: true,
  description: true,
  targetStage: true,
  mode: true,
  enabled: true,
  rules: true,
  changeNote: true,
  createdAt: true,
  createdById: true,
} as const;

export type PolicyRow = {
  id: string;
  key: string;
  version: number;
  name: string;
  description: string | null;
  targetStage: Stage;
  mode: PolicyMode;
  enabled: boolean;
  rules: unknown;
  changeNote: string | null;
  createdAt: Date;
  createdById: string;
};

/** Stored rules are parsed on the way out: a list written before today's schema is reported, not thrown. */
export function toPolicyView(row: PolicyRow, createdBy: UserRef | undefined): PolicyView {
  const parsed = storedRulesSchema.safeParse(row.rules);
  const fields = {
    id: row.key,
    version: row.version,
    name: row.name,
    description: row.description,
    targetStage: row.targetStage,
    mode: row.mode,
    enabled: row.enabled,
    changeNote: row.changeNote,
    createdAt: row.createdAt,
    // The Policy table keeps no foreign key to users; a deleted author still leaves a readable version.
    createdBy: createdBy ?? { id: row.createdById, name: "Unknown user", email: "" },
  };
  return parsed.success
    ? { ...fields, rules: parsed.data, rulesError: null }
    : {
        ...fields,
        rules: row.rules,
        rulesError: `The stored rules do not match the rule schema (${parsed.error.issues[0]?.path.join(".") || "list"}: ${parsed.error.issues[0]?.message})`,
      };
}

/** The part of a version the diff compares. */
export const snapshotOf = (policy: PolicyView): PolicySnapshot => ({
  name: policy.name,
  description: policy.description,
  targetStage: policy.targetStage,
  mode: policy.mode,
  enabled: policy.enabled,
  rules: policy.rulesError === null ? policy.rules : null,
});

export async function usersById(ids: string[], client: Tx | typeof db = db): Promise<Map<string, UserRef>> {
  const users = await client.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((user) => [user.id, user]));
}

/** What a save stores: blank optional texts as absent, so a later identical save is seen as identical. */
export function toPolicyData(input: PolicyInput) {
  return {
    name: input.name,
    description: input.description || null,
    targetStage: input.targetStage,
    mode: input.mode,
    enabled: input.enabled,
    rules: input.rules.map(({ description, ...rule }) =>
      description ? { ...rule, description } : rule,
    ) as PolicyRule[],
    changeNote: input.changeNote || null,
  };
}
