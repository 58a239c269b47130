"use server";

import { policyInputSchema } from "@/lib/policy/rules";
import { action } from "@/lib/server/http/action";
import { createPolicy } from "@/lib/server/policies/create-policy";
import { updatePolicy } from "@/lib/server/policies/update-policy";

export const createPolicyAction = action(
  policyInputSchema,
  { permission: "policies.manage", revalidate: ["/policies"] },
  async (input, principal) => ({ id: (await createPolicy(principal, input)).id }),
);

/**
 * Bound by the edit page to the policy's key and the version the form was opened on: a save over a
 * version the officer never saw is refused (409) instead of silently undoing someone else's change.
 */
export async function updatePolicyAction(key: string, expectedVersion: number, input: unknown) {
  const run = action(
    policyInputSchema,
    { permission: "policies.manage", revalidate: ["/policies", `/policies/${key}`] },
    async (data, principal) => ({ id: (await updatePolicy(principal, key, data, { expectedVersion })).id }),
  );
  return run(input);
}
