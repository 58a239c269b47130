"use client";

import { useState } from "react";
import type { Stage } from "@/generated/prisma/enums";
import type { PromotionCheck } from "@/lib/schemas/promotions";
import { Button } from "@/components/ui/button";
import { getJson } from "@/components/ui/get-json";

type Result = { kind: "check"; check: PromotionCheck } | { kind: "error"; message: string };

/**
 * "Check against policies": what the policies in force would say of the request, before sending it
 * (GET /api/v1/versions/{id}/promotion-check). Nothing is stored, so a scientist sees what to fix
 * before officers see a blocked request.
 */
export function PolicyCheck({ versionId, target }: { versionId: string; target: Stage | undefined }) {
  const [result, setResult] = useState<Result>();
  const [checking, setChecking] = useState(false);

  async function run() {
    if (!target) return;
    setChecking(true);
    try {
      const { check } = await getJson<{ check: PromotionCheck }>(
        `/api/v1/versions/${versionId}/promotion-check?toStage=${target}`,
      );
      setResult({ kind: "check", check });
    } catch (error) {
      setResult({ kind: "error", message: (error as Error).message });
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={run} disabled={!target || checking}>
        {checking ? "Checking…" : "Check against policies"}
      </Button>
      <div aria-live="polite">
        {result?.kind === "error" && <p className="text-sm text-red-800">{result.message}</p>}
        {result?.kind === "check" && result.check.toStage === target && <Verdict check={result.check} />}
      </div>
    </div>
  );
}

function Verdict({ check }: { check: PromotionCheck }) {
  const rules = (list: PromotionCheck["failingRules"]) => (
    <ul className="mt-1 list-disc space-y-0.5 pl-5">
      {list.map((rule) => (
        <li key={`${rule.policyId}/${rule.ruleId}`}>
          <span className="font-medium">{rule.policyName}</span>: {rule.message}
        </li>
      ))}
    </ul>
  );
  return (
    <div
      className={`rounded-md border px-3 py-2 text-sm ${check.blocked ? "border-red-300 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
    >
      <p className="font-semibold">
        {check.blocked
          ? "A request now would be blocked"
          : `A request now would pass the enforced policies and wait for ${check.requiredApprovals} ${check.requiredApprovals === 1 ? "approval" : "approvals"}`}
      </p>
      {check.blocked && rules(check.failingRules)}
      {check.shadowFailures.length > 0 && (
        <div className="mt-2 text-slate-800">
          Shadow policies would record, without blocking:
          {rules(check.shadowFailures)}
        </div>
      )}
      <p className="mt-1 text-xs text-slate-700">Nothing was stored: this was only a check.</p>
    </div>
  );
}
