/**
 * The one definition of a policy's data: every rule kind and every frozen result, as zod schemas shared
 * by the API, the policy form, the engine (`evaluate.ts`) and the demo seed. Pure: no I/O.
 *
 * A rule reads only the evidence gathered for one version (`evidence.ts`). Missing evidence fails a
 * rule: a gate that passes when nothing was measured is no gate.
 */
import { z } from "zod";
import { ArtifactFormat, PolicyMode, RiskTier, Stage } from "@/generated/prisma/enums";
import { MODEL_CARD_SECTIONS, type ModelCardSectionKey } from "@/lib/formats/model-card-sections";
import { oneOf } from "@/lib/schemas/common";
import { refuseUnreadable } from "@/lib/schemas/names";

const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Name the ${what}`)
    .max(200, "At most 200 characters")
    .superRefine(refuseUnreadable);
const finite = z.number({ error: "A number" }).finite("A finite number");

export const FAIRNESS_METRICS = [
  "demographic_parity_difference",
  "disparate_impact_ratio",
  "equalized_odds_difference",
] as const;
export type FairnessMetric = (typeof FAIRNESS_METRICS)[number];

export const DRIFT_METRICS = ["PSI", "KS", "JS", "WASSERSTEIN"] as const;
export type DriftMetric = (typeof DRIFT_METRICS)[number];

const CARD_SECTION_KEYS = MODEL_CARD_SECTIONS.map((s) => s.key) as [
  ModelCardSectionKey,
  ...ModelCardSectionKey[],
];

/** Rule ids name a rule within its policy (and in a blocked request's answer): short and readable. */
export const ruleIdSchema = z
  .string()
  .trim()
  .min(1, "Required")
  .max(80, "At most 80 characters")
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "Lowercase letters, digits, '_' and '-'");

const ruleBase = {
  id: ruleIdSchema,
  /** what the rule asks, in the officer's words; the engine writes one when it is left out */
  description: z.string().trim().max(500, "At most 500 characters").optional(),
};

const approvalCount = z
  .number({ error: "A whole number" })
  .int("A whole number")
  .min(1, "At least 1")
  .max(5, "At most 5");

export const RULE_SCHEMAS = {
  /** the latest overall (unsliced) value of `suite`/`metric` is at least `threshold` */
  metric_min: z.object({
    ...ruleBase,
    kind: z.literal("metric_min"),
    suite: name("suite"),
    metric: name("metric"),
    threshold: finite,
  }),
  /** the latest overall value of `suite`/`metric` is at most `threshold` */
  metric_max: z.object({
    ...ruleBase,
    kind: z.literal("metric_max"),
    suite: name("suite"),
    metric: name("metric"),
    threshold: finite,
  }),
  /**
   * the version is worse than its parent on `suite`/`metric` by at most `maxRegression` (in the
   * metric's own units; "worse" follows the metric's higher-is-better flag)
   */
  metric_regression: z.object({
    ...ruleBase,
    kind: z.literal("metric_regression"),
    suite: name("suite"),
    metric: name("metric"),
    maxRegression: finite.min(0, "Zero or more"),
  }),
  /** the worst latest report over the attributes (or the one `attribute`) is at most `threshold` */
  fairness_max: z.object({
    ...ruleBase,
    kind: z.literal("fairness_max"),
    metric: z.enum(FAIRNESS_METRICS, oneOf(FAIRNESS_METRICS)),
    threshold: finite.min(0, "Zero or more"),
    attribute: z.string().trim().min(1).max(200).optional(),
  }),
  /** the worst latest report over the attributes (or the one `attribute`) is at least `threshold` */
  fairness_min: z.object({
    ...ruleBase,
    kind: z.literal("fairness_min"),
    metric: z.enum(FAIRNESS_METRICS, oneOf(FAIRNESS_METRICS)),
    threshold: finite.min(0, "Zero or more"),
    attribute: z.string().trim().min(1).max(200).optional(),
  }),
  /** on the latest window of each feature (or the one `feature`), `metric` is at most `threshold` */
  drift_max: z.object({
    ...ruleBase,
    kind: z.literal("drift_max"),
    metric: z.enum(DRIFT_METRICS, oneOf(DRIFT_METRICS)),
    threshold: finite.min(0, "Zero or more"),
    feature: z.string().trim().min(1).max(200).optional(),
  }),
  /** the version has at least one artifact of each format */
  required_artifacts: z.object({
    ...ruleBase,
    kind: z.literal("required_artifacts"),
    formats: z
      .array(z.enum(ArtifactFormat, oneOf(ArtifactFormat)))
      .min(1, "Choose at least one format")
      .refine((formats) => new Set(formats).size === formats.length, "Each format once"),
  }),
  /** the model card has content under each of these sections */
  model_card_sections: z.object({
    ...ruleBase,
    kind: z.literal("model_card_sections"),
    required: z
      .array(z.enum(CARD_SECTION_KEYS, oneOf(CARD_SECTION_KEYS)))
      .min(1, "Choose at least one section")
      .refine((keys) => new Set(keys).size === keys.length, "Each section once"),
  }),
  /** every dataset version with personal data behind the version (its own and its ancestors') has a legal basis */
  dataset_legal_basis: z.object({ ...ruleBase, kind: z.literal("dataset_legal_basis") }),
  /** every dataset behind the version has a licence from the list (compared without regard to case) */
  dataset_license_allowlist: z.object({
    ...ruleBase,
    kind: z.literal("dataset_license_allowlist"),
    licenses: z
      .array(z.string().trim().min(1, "Required").max(100, "At most 100 characters"))
      .min(1, "Name at least one licence")
      .max(100, "At most 100 licences"),
  }),
  /** how many distinct officers must approve, by the model's risk tier; an ENFORCE policy's count binds */
  approvals_required: z.object({
    ...ruleBase,
    kind: z.literal("approvals_required"),
    byRiskTier: z.object({
      [RiskTier.MINIMAL]: approvalCount,
      [RiskTier.LIMITED]: approvalCount,
      [RiskTier.HIGH]: approvalCount,
    }),
  }),
} as const;

export type RuleKind = keyof typeof RULE_SCHEMAS;
export const RULE_KINDS = Object.keys(RULE_SCHEMAS) as RuleKind[];

export const ruleSchema = z.discriminatedUnion(
  "kind",
  Object.values(RULE_SCHEMAS) as unknown as [
    (typeof RULE_SCHEMAS)[RuleKind],
    ...(typeof RULE_SCHEMAS)[RuleKind][],
  ],
  { error: `kind: one of ${RULE_KINDS.join(", ")}` },
);
export type PolicyRule = z.infer<typeof ruleSchema>;
export type RuleOf<K extends RuleKind> = z.infer<(typeof RULE_SCHEMAS)[K]>;

export const rulesSchema = z
  .array(ruleSchema)
  .min(1, "A policy needs at least one rule")
  .max(50, "At most 50 rules")
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        ctx.addIssue({ code: "custom", path: [index, "id"], message: "Another rule has this id" });
      seen.add(rule.id);
    });
    if (rules.filter((r) => r.kind === "approvals_required").length > 1)
      ctx.addIssue({ code: "custom", path: [], message: "At most one approvals rule per policy" });
  });

export const policyModeSchema = z.enum(PolicyMode, oneOf(PolicyMode));
export const policyStageSchema = z.enum(Stage, oneOf(Stage));

/** `POST /api/v1/policies`, `PUT /api/v1/policies/{id}` and the policy form: each save is a new version. */
export const policyInputSchema = z.strictObject({
  name: name("policy"),
  description: z.string().trim().max(2000, "At most 2000 characters").optional(),
  targetStage: policyStageSchema,
  mode: policyModeSchema,
  enabled: z.boolean({ error: "true or false" }),
  rules: rulesSchema,
  /** why this version: shown beside the diff in the policy's history */
  changeNote: z.string().trim().max(1000, "At most 1000 characters").optional(),
});
export type PolicyInput = z.infer<typeof policyInputSchema>;

/** The rules as stored on a Policy row (`Policy.rules`). */
export const storedRulesSchema = z.array(ruleSchema);

export const RESULT_STATUSES = ["passed", "failed", "missing_evidence"] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** One rule's verdict, frozen on the request with the policy version that produced it. */
export const ruleResultSchema = z.object({
  ruleId: z.string(),
  kind: z.enum(RULE_KINDS as [RuleKind, ...RuleKind[]]),
  description: z.string(),
  status: z.enum(RESULT_STATUSES),
  passed: z.boolean(),
  /** what was measured, as an officer reads it ("0.71 on gender"); null when nothing was */
  measured: z.string().nullable(),
  /** what the rule requires ("at least 0.8") */
  required: z.string(),
  /** the verdict in a sentence: why it passed, or why it failed */
  message: z.string(),
  /** the number behind `measured` when there is one, for sorting and charts */
  value: z.number().nullable(),
});
export type RuleResult = z.infer<typeof ruleResultSchema>;

/** A policy's verdict on one version: passed when every rule passed. */
export const policyResultSchema = z.object({
  passed: z.boolean(),
  results: z.array(ruleResultSchema),
  /** from an approvals_required rule, for the version's risk tier; null when the policy has none */
  requiredApprovals: z.number().int().nullable(),
});
export type PolicyResult = z.infer<typeof policyResultSchema>;

/** The part of a stored policy version the engine reads. */
export type PolicyForEvaluation = {
  mode: PolicyMode;
  rules: PolicyRule[];
};
