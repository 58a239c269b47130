import {
  createErasureRequestSchema,
  erasureDispositionSchema,
  erasureListQuerySchema,
  erasurePageSchema,
  erasureRequestBodySchema,
} from "@/lib/schemas/erasure";
import { personalDataErasureBodySchema } from "@/lib/schemas/users";
import { defineOperations, PATH_PARAMS } from "../define";

const requestId = { id: "The erasure request's id" };

export const erasureOperations = defineOperations([
  {
    method: "get",
    path: "/versions/{id}/evidence",
    summary:
      "The version's evidence package, streamed as a zip: report.html (printable, no scripts), JSON for the model card, lineage, datasets, evaluations, fairness, drift, promotions with their frozen policy results and decisions, audit-events.json (each event re-verifiable on its own), chain-verification.json, and manifest.json with the sha256 and size of every other file (docs/evidence-package.md). The export is audited",
    tag: "Evidence",
    permission: "registry.read",
    pathParams: PATH_PARAMS.version,
    success: { status: 200, description: "A zip file (attachment)", contentType: "application/zip" },
    errors: [404],
  },
  {
    method: "get",
    path: "/erasure-requests",
    summary: "Erasure requests, newest first, with how many affected versions still wait for a disposition",
    tag: "Erasure",
    permission: "erasure.manage",
    query: erasureListQuerySchema,
    success: { status: 200, description: "A page of erasure requests", schema: erasurePageSchema },
  },
  {
    method: "post",
    path: "/erasure-requests",
    summary:
      "Open an erasure request against a dataset version: every model version that used it for TRAIN or VALIDATION (`direct`) and all their descendants through lineage (`descendant`) are fixed on the request. The due date must lie ahead; an unknown dataset version is a 400",
    tag: "Erasure",
    permission: "erasure.manage",
    body: createErasureRequestSchema,
    success: {
      status: 201,
      description: "The request with its affected versions",
      schema: erasureRequestBodySchema,
    },
  },
  {
    method: "get",
    path: "/erasure-requests/{id}",
    summary: "One erasure request with every affected version, its owner and its disposition",
    tag: "Erasure",
    permission: "erasure.manage",
    pathParams: requestId,
    success: { status: 200, description: "The erasure request", schema: erasureRequestBodySchema },
    errors: [404],
  },
  {
    method: "post",
    path: "/erasure-requests/{id}/dispositions",
    summary:
      "Decide one affected version: RETRAIN, RETIRE (opens an ARCHIVED promotion request) or NO_ACTION (with a reason). The request closes (COMPLETED) when every affected version has a disposition. A version the request does not affect is a 400; a version already decided, or a closed request, a 409",
    tag: "Erasure",
    permission: "erasure.manage",
    pathParams: requestId,
    body: erasureDispositionSchema,
    success: {
      status: 200,
      description: "The erasure request as it now stands",
      schema: erasureRequestBodySchema,
    },
    errors: [404, 409],
  },
  {
    method: "post",
    path: "/admin/users/{id}/erase-personal-data",
    summary:
      "Erase a person's personal data (decision 011): their e-mail and name leave the audit trail's side records (the chain still verifies) and their account is anonymised and disabled. Audited without the erased values",
    tag: "Admin",
    permission: "admin.users",
    pathParams: { id: "The user's id" },
    success: { status: 200, description: "What was erased", schema: personalDataErasureBodySchema },
    errors: [404, 409],
  },
]);
