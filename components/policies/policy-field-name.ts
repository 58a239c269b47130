import { POLICY_FIELD_LABELS, RULE_FIELD_LABELS } from "@/lib/policy/rule-labels";

/** `rules.2.threshold` reads "Rule 3 (accuracy): Threshold"; `mode` reads "Mode". */
export function policyFieldName(key: string, ruleIds: string[]): string {
  const rule = /^rules\.(\d+)(?:\.(.+))?$/.exec(key);
  if (rule) {
    const index = Number(rule[1]);
    const id = ruleIds[index]?.trim();
    const field = rule[2]
      ? `: ${RULE_FIELD_LABELS[rule[2]] ?? RULE_FIELD_LABELS[rule[2].split(".")[0]!] ?? rule[2]}`
      : "";
    return `Rule ${index + 1}${id ? ` (${id})` : ""}${field}`;
  }
  return POLICY_FIELD_LABELS[key as keyof typeof POLICY_FIELD_LABELS] ?? key;
}
