import { z } from "zod";
import { defineOperations } from "../define";

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["ok", "unreachable"]),
});

export const systemOperations = defineOperations([
  {
    method: "get",
    path: "/health",
    summary: "Liveness and database reachability",
    tag: "System",
    permission: null,
    success: { status: 200, description: "The app and its database answer", schema: healthSchema },
    errors: [503],
  },
  {
    method: "get",
    path: "/openapi.json",
    summary: "This OpenAPI 3.1 document",
    tag: "System",
    permission: null,
    success: { status: 200, description: "The document", contentType: "application/json" },
  },
]);
