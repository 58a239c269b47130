"use client";

import { POLICY_FIELD_LABELS, RULE_FIELD_LABELS } from "@/lib/policy/rule-labels";

/** `rules.2.threshold` reads "Rule 3 (accuracy): Threshold"; `mode` reads "Mode". */
function nameOf(key: string, ruleIds: string[]): string {
  const rule = /^rules\.(\d+)(?:\.(.+))?$/.exec(key);
  if (rule) {
    const index = Number(rule[1]);
    const id = ruleIds[index]?.trim();
    const field = rule[2]
      ? `: ${RULE_FIELD_LABELS[rule[2]] ?? RULE_FIELD_LABELS[rule[2].split(".")[0]!] ?? rule[2]}`
      : "";
    return `Rule ${index + 1}${id ? ` (${id})` : ""}${field}`;
  }
  if (key === "_") return "Form";
  return POLICY_FIELD_LABELS[key as keyof typeof POLICY_FIELD_LABELS] ?? key;
}

/** Moves focus to the most specific control that exists for a key (`rules-2-threshold`, then `rules-2`). */
function focusField(key: string) {
  const parts = key.split(".");
  for (let length = parts.length; length > 0; length--) {
    const element = document.getElementById(parts.slice(0, length).join("-"));
    if (element) return element.focus();
  }
}

/** Every refused field at the top of the policy form, each a link to its control in the right rule card. */
export function PolicyErrorSummary({
  message,
  errors,
  ruleIds,
  ref,
}: {
  message?: string;
  errors: Record<string, string>;
  ruleIds: string[];
  ref?: React.Ref<HTMLDivElement>;
}) {
  const entries = Object.entries(errors);
  if (!message && !entries.length) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 focus:outline-none focus:ring-2 focus:ring-red-300"
    >
      <p className="font-semibold">{message ?? "Please correct the highlighted fields"}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          {entries.map(([key, text]) => (
            <li key={key}>
              <a
                href={`#${key.replace(/\./g, "-")}`}
                onClick={(event) => (event.preventDefault(), focusField(key))}
                className="font-medium underline hover:text-red-700"
              >
                {nameOf(key, ruleIds)}
              </a>
              : {text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
