"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { RULE_KIND_LABELS } from "@/lib/policy/rule-labels";
import { RULE_KINDS, type RuleKind } from "@/lib/policy/rules";
import { RuleCard } from "./rule-card";
import { newDraft, type RuleDraft } from "@/lib/policy/rule-drafts";

type Props = {
  drafts: RuleDraft[];
  errors: Record<string, string>;
  unreadableRules?: string | null;
  /** `moved`: cards changed places or one left, so messages keyed by position no longer fit */
  onChange: (drafts: RuleDraft[], moved: boolean) => void;
};

/** The policy's rules as cards, in order; a rule is added by choosing its kind. */
export function RuleList({ drafts, errors, unreadableRules, onChange }: Props) {
  const [kind, setKind] = useState<RuleKind>("metric_min");

  const add = () => {
    const next = [
      ...drafts,
      newDraft(
        kind,
        drafts.map((d) => d.id),
      ),
    ];
    onChange(next, false);
    // Take the keyboard to the new card once it is drawn.
    requestAnimationFrame(() => document.getElementById(`rules-${next.length - 1}-id`)?.focus());
  };
  const move = (index: number, offset: -1 | 1) => {
    const next = [...drafts];
    [next[index], next[index + offset]] = [next[index + offset]!, next[index]!];
    onChange(next, true);
  };

  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-slate-900">Rules</legend>
      <p className="text-sm text-slate-600">
        A request passes the policy when every rule passes. Missing evidence fails a rule.
      </p>
      {unreadableRules && (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          The rules stored in the current version cannot be read ({unreadableRules}). Add the rules this
          policy should have: saving replaces them.
        </p>
      )}
      {errors.rules && (
        <p id="rules" tabIndex={-1} className="text-sm font-medium text-red-700">
          {errors.rules}
        </p>
      )}
      {drafts.length === 0 && (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
          No rules yet. Choose a kind below and add the first one.
        </p>
      )}
      <ol className="space-y-4">
        {drafts.map((draft, index) => (
          <li key={draft.key}>
            <RuleCard
              draft={draft}
              index={index}
              count={drafts.length}
              errors={errors}
              onChange={(changed) =>
                onChange(
                  drafts.map((d, i) => (i === index ? changed : d)),
                  false,
                )
              }
              onMove={(offset) => move(index, offset)}
              onRemove={() =>
                onChange(
                  drafts.filter((_, i) => i !== index),
                  true,
                )
              }
            />
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
        <div>
          <label htmlFor="new-rule-kind" className="block text-xs font-medium text-slate-700">
            Kind of rule to add
          </label>
          <select
            id="new-rule-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as RuleKind)}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          >
            {RULE_KINDS.map((k) => (
              <option key={k} value={k}>
                {RULE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" onClick={add}>
          Add rule
        </Button>
      </div>
    </fieldset>
  );
}
