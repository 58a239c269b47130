import { z } from "zod";
import { PolicyMode, PromotionStatus, Stage } from "@/generated/prisma/enums";
import { DIFFED_FIELDS } from "@/lib/policy/diff";
import { RULE_KINDS, storedRulesSchema, type RuleKind } from "@/lib/policy/rules";

/**
 * The shapes the policy endpoints answer with, for the OpenAPI document. The types in
 * lib/policy/views.ts are the source; these mirror them as JSON (dates as ISO strings).
 */
const dateTime = z.iso.datetime();
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const policyResponseSchema = z.object({
  id: z.string().describe("The policy's key: stable across its versions"),
  version: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  targetStage: z.enum(Stage),
  mode: z.enum(PolicyMode),
  enabled: z.boolean(),
  rules: z
    .union([storedRulesSchema, z.unknown()])
    .describe("The rules; when `rulesError` is set, the stored value as it is"),
  rulesError: z.string().nullable().describe("Why the stored rules do not parse; null when they do"),
  changeNote: z.string().nullable(),
  createdAt: dateTime,
  createdBy: z.object({ id: z.string(), name: z.string(), email: z.string() }),
});

export const policyDiffSchema = z.object({
  initial: z.boolean().describe("The first version: everything counts as added"),
  fields: z.array(z.object({ field: z.enum(DIFFED_FIELDS), from: scalar, to: scalar })),
  rules: z.object({
    added: storedRulesSchema,
    removed: storedRulesSchema,
    changed: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(RULE_KINDS as [RuleKind, ...RuleKind[]]),
        changes: z.array(
          z.union([
            z.object({ field: z.string(), type: z.literal("value"), from: scalar, to: scalar }),
            z.object({
              field: z.string(),
              type: z.literal("list"),
              added: z.array(z.string()),
              removed: z.array(z.string()),
            }),
          ]),
        ),
      }),
    ),
    reordered: z.boolean(),
    unreadable: z.boolean().describe("One side's stored rules do not parse"),
  }),
  lines: z.array(z.string()).describe("The same difference in sentences"),
});

export const policyVersionResponseSchema = policyResponseSchema.extend({
  diff: policyDiffSchema.describe("The difference to the version before it"),
});

const count = z.number().int();

export const shadowReportResponseSchema = z.object({
  policyId: z.string(),
  from: dateTime,
  to: dateTime,
  totals: z.object({
    evaluated: count.describe("Requests a version of the policy was evaluated on"),
    failed: count.describe("Of those, requests it failed, in either mode"),
    shadowEvaluated: count,
    wouldHaveBlocked: count.describe("SHADOW failures: requests it would have blocked"),
    enforcedEvaluated: count,
    blocked: count.describe("ENFORCE failures: requests it blocked"),
  }),
  rules: z.array(z.object({ ruleId: z.string(), evaluated: count, failed: count, wouldHaveBlocked: count })),
  failures: z
    .array(
      z.object({
        requestId: z.string(),
        status: z.enum(PromotionStatus),
        toStage: z.enum(Stage),
        requestedAt: dateTime,
        policyVersion: count,
        mode: z.enum(PolicyMode),
        version: z.object({ id: z.string(), version: count, label: z.string() }),
        model: z.object({ slug: z.string(), name: z.string() }),
        failingRuleIds: z.array(z.string()),
      }),
    )
    .describe("Failed requests, newest first, at most 200"),
});
