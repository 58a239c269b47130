/**
 * Who may decide or withdraw a promotion request, and why not, in words the review page shows beside
 * its disabled buttons. The same rules the decision and withdrawal services enforce; this only explains.
 */
import type { Decision, PromotionStatus } from "@/generated/prisma/enums";

export type DecideFacts = {
  viewer: { id: string; mayDecide: boolean; mayPromote: boolean; isAdmin: boolean };
  request: {
    status: PromotionStatus;
    requestedById: string;
    /** who registered the version */
    registeredById: string;
    approvals: { approverId: string; decision: Decision }[];
  };
};

export type DecideRights = {
  mayDecide: boolean;
  /** why the viewer may not decide, first reason first; null when they may */
  whyNot: string | null;
  mayWithdraw: boolean;
};

const STATUS_WORDS: Record<PromotionStatus, string> = {
  PENDING: "pending",
  APPROVED: "approved",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
  BLOCKED: "blocked by an enforced policy",
};

function whyNotDecide({ viewer, request }: DecideFacts): string | null {
  if (!viewer.mayDecide) return "Only compliance officers decide promotion requests.";
  if (request.status !== "PENDING")
    return `This request is ${STATUS_WORDS[request.status]}: only pending requests take decisions.`;
  if (request.requestedById === viewer.id)
    return "You requested this promotion. Separation of duties: another officer must decide it.";
  if (request.registeredById === viewer.id)
    return "You registered this version. Separation of duties: whoever registered a version may not decide its promotion.";
  const own = request.approvals.find((approval) => approval.approverId === viewer.id);
  if (own)
    return `You already ${own.decision === "APPROVE" ? "approved" : "rejected"} this request; each officer decides once.`;
  return null;
}

export function decideRights(facts: DecideFacts): DecideRights {
  const whyNot = whyNotDecide(facts);
  return {
    mayDecide: whyNot === null,
    whyNot,
    // The requester takes their request back; an admin may too (a requester who left, a stuck queue).
    mayWithdraw:
      facts.viewer.mayPromote &&
      facts.request.status === "PENDING" &&
      (facts.request.requestedById === facts.viewer.id || facts.viewer.isAdmin),
  };
}
