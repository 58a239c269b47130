/**
 * The one error model. Services throw AppError; the API wrapper and the server-action wrapper turn it
 * into `{ error: { code, message, fields? } }` with the status of this table.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  policy_blocked: 422,
  transition_not_allowed: 422,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** more of the answer, beside code and message (a `policy_blocked` refusal's `rules` and `requestId`) */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
        ...this.details,
      },
    };
  }
}

export const validationError = (fields: FieldErrors, message = "The input is not valid") =>
  new AppError("validation_failed", message, fields);
export const unauthorized = (message = "Sign in or send a valid API token") =>
  new AppError("unauthorized", message);
export const forbidden = (message = "You are not allowed to do this") => new AppError("forbidden", message);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found`);
export const conflict = (message: string, fields?: FieldErrors) => new AppError("conflict", message, fields);
/** A stage move the promotion path does not allow (e.g. ARCHIVED -> PRODUCTION), naming the rule. */
export const transitionNotAllowed = (rule: string, message: string) =>
  new AppError("transition_not_allowed", message, undefined, { rule });
