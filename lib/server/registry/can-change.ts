import "server-only";
import { can, type Permission, type Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requireOwnership } from "./access";

/**
 * Whether the principal would pass the role and ownership checks of a change, so a page can offer or
 * explain a form. Asks requireOwnership itself, so the rule lives in one place; the services check again.
 */
export async function canChange(
  principal: Principal,
  permission: Permission,
  owned: { teamId: string; createdById: string },
): Promise<boolean> {
  if (!can(principal, permission)) return false;
  try {
    await requireOwnership(principal, owned);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") return false;
    throw error;
  }
}
