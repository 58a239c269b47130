import { z } from "zod";
import { errorBodySchema } from "@/lib/schemas/common";
import type { Operation } from "./define";
import { ALL_OPERATIONS } from "./operations";

const ERROR_TEXT: Record<number, string> = {
  400: "The body or query is not valid; `fields` names each problem",
  401: "No API token, or a bad one",
  403: "The role may not do this, or the caller does not own the target",
  404: "Not found",
  409: "Conflicts with the current state",
  413: "Too large",
  422: "Blocked by a policy",
};

const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;

/** JSON, multipart and text may each be accepted (an upload, a JSON reference, a CSV file). */
function requestContent(op: Operation) {
  return {
    ...Object.fromEntries(
      Object.entries(op.textBodies ?? {}).map(([type, description]) => [
        type,
        { schema: { type: "string", description } },
      ]),
    ),
    ...(op.body ? { "application/json": { schema: jsonSchema(op.body, "input") } } : {}),
    ...(op.multipart
      ? {
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: Object.fromEntries(
                Object.entries(op.multipart).map(([name, description]) => [
                  name,
                  { type: "string", format: "binary", description },
                ]),
              ),
            },
          },
        }
      : {}),
  };
}

function operationObject(op: Operation) {
  const parameters = [
    ...Object.entries(op.pathParams ?? {}).map(([name, description]) => ({
      name,
      in: "path",
      required: true,
      description,
      schema: { type: "string" },
    })),
    ...Object.entries(op.query?.shape ?? {}).map(([name, schema]) => ({
      name,
      in: "query",
      required: !(schema as z.ZodType).safeParse(undefined).success,
      schema: jsonSchema(schema as z.ZodType, "input"),
    })),
  ];
  const errorStatuses = new Set<number>([
    ...(op.permission ? [401, 403] : []),
    ...(op.body || op.query ? [400] : []),
    ...(op.errors ?? []),
    ...Object.keys(op.errorBodies ?? {}).map(Number),
  ]);
  return {
    summary: op.summary,
    tags: [op.tag],
    ...(op.permission ? { "x-permission": op.permission } : { security: [] }),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body || op.multipart || op.textBodies
      ? { requestBody: { required: true, content: requestContent(op) } }
      : {}),
    responses: {
      [op.success.status]: {
        description: op.success.description,
        ...(op.success.schema
          ? {
              content: {
                [op.success.contentType ?? "application/json"]: {
                  schema: jsonSchema(op.success.schema, "output"),
                },
              },
            }
          : op.success.contentType
            ? { content: { [op.success.contentType]: {} } }
            : {}),
      },
      ...Object.fromEntries(
        [...errorStatuses].sort().map((status) => {
          const special = op.errorBodies?.[status];
          return [
            status,
            {
              description: special?.description ?? ERROR_TEXT[status] ?? "Error",
              content: {
                "application/json": {
                  schema: special
                    ? jsonSchema(special.schema, "output")
                    : { $ref: "#/components/schemas/Error" },
                },
              },
            },
          ];
        }),
      ),
    },
  };
}

export function buildOpenApiDocument(serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ALL_OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Model Registry API",
      version: "1.0.0",
      description:
        "Register base models, adapters and fine-tuned versions with lineage, datasets, metrics, promotions and an audit trail.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "An API token from `npm run cli -- token create` or the Tokens page",
        },
      },
      schemas: { Error: jsonSchema(errorBodySchema, "output") },
    },
    paths,
  };
}
