/**
 * Which stage moves a promotion request may ask for: DEVELOPMENT -> STAGING -> PRODUCTION, and
 * ARCHIVED from any live stage. Nothing leaves ARCHIVED, nothing skips a stage, and nothing moves back
 * (a version that should stop serving is archived; its successor is promoted).
 */
import type { Stage } from "@/generated/prisma/enums";

const NEXT: Record<Stage, Stage[]> = {
  DEVELOPMENT: ["STAGING", "ARCHIVED"],
  STAGING: ["PRODUCTION", "ARCHIVED"],
  PRODUCTION: ["ARCHIVED"],
  ARCHIVED: [],
};

export type TransitionCheck = { allowed: true } | { allowed: false; rule: string; message: string };

export function checkTransition(from: Stage, to: Stage): TransitionCheck {
  if (NEXT[from].includes(to)) return { allowed: true };
  if (from === to)
    return { allowed: false, rule: "same_stage", message: `The version is already in ${from}` };
  if (from === "ARCHIVED")
    return {
      allowed: false,
      rule: "archived_is_final",
      message: "An archived version cannot move to another stage; register a new version instead",
    };
  return {
    allowed: false,
    rule: "one_stage_at_a_time",
    message: `A version in ${from} may move to ${NEXT[from].join(" or ")}, not to ${to}`,
  };
}

/** The stages a version in `from` may be requested into, for the request form. */
export const allowedTargets = (from: Stage): Stage[] => NEXT[from];
