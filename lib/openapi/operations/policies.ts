import { z } from "zod";
import { policyInputSchema } from "@/lib/policy/rules";
import {
  policyResponseSchema,
  policyVersionResponseSchema,
  shadowReportResponseSchema,
} from "@/lib/schemas/policy-responses";
import { listPoliciesQuerySchema, shadowReportQuerySchema } from "@/lib/schemas/policies";
import { defineOperations, PATH_PARAMS } from "../define";

const policyBody = z.object({ policy: policyResponseSchema });

export const policyOperations = defineOperations([
  {
    method: "get",
    path: "/policies",
    summary: "Every policy as it stands (its newest version), by name; the whole list, nextCursor is null",
    tag: "Policies",
    permission: "registry.read",
    query: listPoliciesQuerySchema,
    success: {
      status: 200,
      description: "The policies",
      schema: z.object({ items: z.array(policyResponseSchema), nextCursor: z.null() }),
    },
  },
  {
    method: "post",
    path: "/policies",
    summary: "Create a policy (version 1); its key is a slug of the name, with a suffix when taken",
    tag: "Policies",
    permission: "policies.manage",
    body: policyInputSchema,
    success: { status: 201, description: "The policy", schema: policyBody },
  },
  {
    method: "get",
    path: "/policies/{id}",
    summary: "A policy as it stands (its newest version)",
    tag: "Policies",
    permission: "registry.read",
    pathParams: PATH_PARAMS.policy,
    success: { status: 200, description: "The policy", schema: policyBody },
    errors: [404],
  },
  {
    method: "put",
    path: "/policies/{id}",
    summary: "Save the policy's next version (also how SHADOW <-> ENFORCE is switched)",
    tag: "Policies",
    permission: "policies.manage",
    pathParams: PATH_PARAMS.policy,
    body: policyInputSchema,
    success: { status: 200, description: "The new version", schema: policyBody },
    errors: [404, 409],
  },
  {
    method: "get",
    path: "/policies/{id}/versions",
    summary: "Every version, newest first, with its author, change note and diff to the previous one",
    tag: "Policies",
    permission: "registry.read",
    pathParams: PATH_PARAMS.policy,
    success: {
      status: 200,
      description: "The versions",
      schema: z.object({ items: z.array(policyVersionResponseSchema) }),
    },
    errors: [404],
  },
  {
    method: "get",
    path: "/policies/{id}/shadow-report",
    summary:
      "How the policy fared on requests created in [from, to) (default: the last 90 days): evaluated, failed (would have blocked, in SHADOW), per rule, and which",
    tag: "Policies",
    permission: "registry.read",
    pathParams: PATH_PARAMS.policy,
    query: shadowReportQuerySchema,
    success: {
      status: 200,
      description: "The report",
      schema: z.object({ report: shadowReportResponseSchema }),
    },
    errors: [404],
  },
]);
