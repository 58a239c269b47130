import "server-only";
import { notFound } from "next/navigation";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { PolicyDetail } from "@/lib/policy/views";
import { getPolicyOrThrow } from "@/lib/server/policies/get-policy";

/** The policy of a page, or the segment's not-found page. */
export async function loadPolicyOrNotFound(principal: Principal, key: string): Promise<PolicyDetail> {
  try {
    return await getPolicyOrThrow(principal, key);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
