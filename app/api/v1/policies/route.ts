import type { PolicyInput } from "@/lib/policy/rules";
import type { ListPoliciesQuery } from "@/lib/schemas/policies";
import { queryOf, readJson, withApi } from "@/lib/server/http/with-api";
import { createPolicy } from "@/lib/server/policies/create-policy";
import { listPolicies } from "@/lib/server/policies/list-policies";

// Bodies and queries are unknown here; the services parse them with their zod schemas.
export const GET = withApi(
  async ({ req, principal }) => listPolicies(principal, queryOf(req) as ListPoliciesQuery),
  { permission: "registry.read" },
);

export const POST = withApi(
  async ({ req, principal }) => ({
    policy: await createPolicy(principal, (await readJson(req)) as PolicyInput),
  }),
  { permission: "policies.manage", status: 201 },
);
