/**
 * MLflow's error body `{ error_code, message }` and the HTTP status its server gives each code
 * (mlflow/exceptions.py), so MLflow's clients raise their usual exceptions. Codes that would answer 5xx
 * are avoided on purpose: MLflow's client retries those, and a retried write could repeat a refusal.
 */
import type { ErrorCode } from "@/lib/errors";

export const MLFLOW_ERROR_STATUS = {
  INVALID_PARAMETER_VALUE: 400,
  BAD_REQUEST: 400,
  RESOURCE_ALREADY_EXISTS: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  RESOURCE_DOES_NOT_EXIST: 404,
  ENDPOINT_NOT_FOUND: 404,
  RESOURCE_CONFLICT: 409,
  INTERNAL_ERROR: 500,
} as const;

export type MlflowErrorCode = keyof typeof MLFLOW_ERROR_STATUS;

export class MlflowError extends Error {
  constructor(
    readonly code: MlflowErrorCode,
    message: string,
    /** more of the answer beside the code and message, as MLflow's own exceptions may carry */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "MlflowError";
  }

  get status(): number {
    return MLFLOW_ERROR_STATUS[this.code];
  }

  toJSON() {
    return { error_code: this.code, message: this.message, ...this.details };
  }
}

/**
 * Our services' errors in MLflow's words. Governance refusals (an enforced policy, a stage move the
 * workflow does not allow) are PERMISSION_DENIED: the registry's rules, not the request's shape, say no.
 */
const FROM_APP_ERROR: Record<ErrorCode, MlflowErrorCode> = {
  validation_failed: "INVALID_PARAMETER_VALUE",
  unauthorized: "UNAUTHENTICATED",
  forbidden: "PERMISSION_DENIED",
  not_found: "RESOURCE_DOES_NOT_EXIST",
  conflict: "RESOURCE_CONFLICT",
  payload_too_large: "BAD_REQUEST",
  policy_blocked: "PERMISSION_DENIED",
  transition_not_allowed: "PERMISSION_DENIED",
};

export function fromAppError(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
  details?: Record<string, unknown>,
): MlflowError {
  const named = fields
    ? Object.entries(fields)
        .map(([field, problem]) => `${field}: ${problem}`)
        .join("; ")
    : "";
  return new MlflowError(FROM_APP_ERROR[code], named ? `${message} (${named})` : message, details);
}
