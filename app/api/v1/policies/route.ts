import { policyInputSchema } from "@/lib/policy/rules";
import { listPoliciesQuerySchema } from "@/lib/schemas/policies";
import { readBody, readQuery, withApi } from "@/lib/server/http/with-api";
import { createPolicy } from "@/lib/server/policies/create-policy";
import { listPolicies } from "@/lib/server/policies/list-policies";

// Bodies and queries are checked here against the schemas their services parse them with.
export const GET = withApi(
  async ({ req, principal }) => listPolicies(principal, readQuery(req, listPoliciesQuerySchema)),
  { permission: "registry.read" },
);

export const POST = withApi(
  async ({ req, principal }) => ({
    policy: await createPolicy(principal, await readBody(req, policyInputSchema)),
  }),
  { permission: "policies.manage", status: 201 },
);
