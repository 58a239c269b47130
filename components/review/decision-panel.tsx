"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import type { PromotionStatus, Stage } from "@/generated/prisma/enums";
import type { ServerAction } from "@/lib/action-result";
import type { PromotionDecisionInput } from "@/lib/schemas/promotions";
import { STAGE_LABELS } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ReviewDecision, ReviewRights } from "@/lib/promotions/review-types";
import { WithdrawRequest } from "./withdraw-request";

const REJECT_NEEDS_COMMENT = "Say why the request is rejected: the requester reads it";

function Outcome({
  status,
  toStage,
  rejection,
}: {
  status: PromotionStatus;
  toStage: Stage;
  rejection: ReviewDecision | undefined;
}) {
  const text: Record<Exclude<PromotionStatus, "PENDING">, [string, string]> = {
    APPROVED: ["Approved", `The version moved to ${STAGE_LABELS[toStage]}.`],
    REJECTED: [
      "Rejected",
      "The version stays where it was; the requester can address the comments and ask again.",
    ],
    WITHDRAWN: ["Withdrawn", "The requester took this request back before a decision."],
    BLOCKED: ["Blocked", "An enforced policy failed, so the request never reached the officers."],
  };
  if (status === "PENDING") return null;
  const [title, detail] = text[status];
  const tone =
    status === "APPROVED"
      ? "border-emerald-300 bg-emerald-50 text-emerald-900"
      : status === "WITHDRAWN"
        ? "border-slate-300 bg-slate-50 text-slate-800"
        : "border-red-300 bg-red-50 text-red-900";
  return (
    <div className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
      <p className="font-semibold">{title}</p>
      <p>{detail}</p>
      {/* The reason is what the requester came for: here, not only in the decisions far below. */}
      {status === "REJECTED" && rejection && (
        <figure className="mt-2 border-l-2 border-red-300 pl-2">
          <blockquote className="whitespace-pre-wrap">{rejection.comment}</blockquote>
          <figcaption className="mt-0.5 text-xs">{rejection.approver.name}</figcaption>
        </figure>
      )}
    </div>
  );
}

/**
 * Where an officer decides: the approval count, a comment (required to reject, checked here and by the
 * server), Approve and Reject; disabled with the reason when the viewer may not decide. The requester
 * may withdraw a pending request here. After a decision the page refreshes to show the outcome.
 */
export function DecisionPanel({
  status,
  toStage,
  decisions,
  approved,
  required,
  rights,
  decide,
  withdraw,
}: {
  status: PromotionStatus;
  toStage: Stage;
  decisions: ReviewDecision[];
  approved: number;
  required: number;
  rights: ReviewRights;
  decide: ServerAction<PromotionDecisionInput, unknown>;
  withdraw: ServerAction<{ reason?: string }, unknown>;
}) {
  const router = useRouter();
  const reasonId = useId();
  const comment = useRef<HTMLTextAreaElement>(null);
  const sent = useRef<"APPROVE" | "REJECT">(undefined);
  const [commentError, setCommentError] = useState<string>();
  const [done, setDone] = useState<string>();
  const { pending, submit, failure } = useActionForm(decide, {
    onSuccess: () => {
      setDone(sent.current === "APPROVE" ? "Your approval is recorded." : "Your rejection is recorded.");
      router.refresh();
    },
    onFailure: (refusal) => setCommentError(refusal.fields.comment),
  });
  const pendingRequest = status === "PENDING";
  const disabled = !rights.mayDecide || pending;

  function send(decision: "APPROVE" | "REJECT") {
    const text = comment.current?.value.trim() ?? "";
    if (decision === "REJECT" && text === "") {
      setCommentError(REJECT_NEEDS_COMMENT);
      comment.current?.focus();
      return;
    }
    setCommentError(undefined);
    sent.current = decision;
    submit({ decision, comment: text });
  }

  return (
    <section
      aria-labelledby="decision-title"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="decision-title" className="text-base font-semibold text-slate-900">
        Decision
      </h2>
      {/* A blocked request never asked for approvals, and an emergency override needs none. */}
      {status !== "BLOCKED" && required > 0 && (
        <div className="mt-3">
          <p className="text-sm text-slate-800">
            <span className="font-semibold tabular-nums">
              {approved} of {required}
            </span>{" "}
            {required === 1 ? "approval" : "approvals"}
          </p>
          <div aria-hidden className="mt-1.5 flex gap-1">
            {Array.from({ length: Math.max(required, 1) }, (_, index) => (
              <span
                key={index}
                className={`h-1.5 flex-1 rounded ${index < approved ? "bg-emerald-500" : "bg-slate-200"}`}
              />
            ))}
          </div>
        </div>
      )}
      <p role="status" className="mt-3 text-sm font-medium text-emerald-800 empty:hidden">
        {done}
      </p>
      <div className="mt-3 space-y-3">
        <Outcome
          status={status}
          toStage={toStage}
          rejection={decisions.findLast((decision) => decision.decision === "REJECT")}
        />
        {pendingRequest && (
          <>
            <div>
              <label htmlFor="decision-comment" className="block text-sm font-medium text-slate-800">
                Comment
              </label>
              <textarea
                id="decision-comment"
                ref={comment}
                rows={4}
                maxLength={4000}
                disabled={!rights.mayDecide}
                aria-invalid={commentError ? true : undefined}
                aria-describedby={`decision-comment-hint${commentError ? " decision-comment-error" : ""}`}
                onChange={() => setCommentError(undefined)}
                className={`mt-1 w-full rounded-md border px-3 py-2 text-sm focus:outline-none focus:ring-2 disabled:bg-slate-50 ${commentError ? "border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-indigo-500 focus:ring-indigo-200"}`}
              />
              <p id="decision-comment-hint" className="mt-1 text-xs text-slate-600">
                Optional to approve; required to reject (the requester reads it).
              </p>
              {commentError && (
                <p id="decision-comment-error" className="mt-1 text-xs font-medium text-red-700">
                  {commentError}
                </p>
              )}
            </div>
            <FormError message={failure && !failure.fields.comment ? failure.message : undefined} />
            <div className="flex gap-2">
              <Button
                className="flex-1"
                disabled={disabled}
                aria-describedby={rights.whyNot ? reasonId : undefined}
                onClick={() => send("APPROVE")}
              >
                Approve
              </Button>
              <Button
                variant="danger"
                className="flex-1"
                disabled={disabled}
                aria-describedby={rights.whyNot ? reasonId : undefined}
                onClick={() => send("REJECT")}
              >
                Reject
              </Button>
            </div>
            {rights.whyNot && (
              <p
                id={reasonId}
                role="note"
                className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
              >
                {rights.whyNot}
              </p>
            )}
            <p className="text-xs text-slate-600">
              Separation of duties: neither the requester nor whoever registered the version may decide its
              promotion, and each officer decides once.
            </p>
          </>
        )}
        {rights.mayWithdraw && <WithdrawRequest withdraw={withdraw} />}
      </div>
    </section>
  );
}
