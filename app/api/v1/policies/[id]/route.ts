import { policyInputSchema } from "@/lib/policy/rules";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { getPolicyOrThrow } from "@/lib/server/policies/get-policy";
import { updatePolicy } from "@/lib/server/policies/update-policy";

type Params = { id: string };

export const GET = withApi<Params>(
  async ({ principal, params }) => ({ policy: (await getPolicyOrThrow(principal, params.id)).policy }),
  { permission: "registry.read" },
);

/** Saves the next version of the policy. */
export const PUT = withApi<Params>(
  async ({ req, principal, params }) => ({
    policy: await updatePolicy(principal, params.id, await readBody(req, policyInputSchema)),
  }),
  { permission: "policies.manage" },
);
