/**
 * next-auth hands a refused sign-in to the form as one string: `CredentialsSignin` for a wrong email or
 * password, `throttled:<seconds>` for the throttle, `server_fault` when the server itself failed (the
 * database unreachable, say). Both sides read and write it here.
 */
const THROTTLED_PREFIX = "throttled:";

export const throttledRefusal = (retryAfterSeconds: number) => `${THROTTLED_PREFIX}${retryAfterSeconds}`;

/** Seconds to wait when the refusal is the throttle's, else null. */
export function throttledSeconds(error: string | null | undefined): number | null {
  if (!error?.startsWith(THROTTLED_PREFIX)) return null;
  const seconds = Number(error.slice(THROTTLED_PREFIX.length));
  return Number.isFinite(seconds) ? seconds : null;
}

export const SERVER_FAULT = "server_fault";

export type SignInFailure =
  { kind: "credentials" } | { kind: "throttled"; seconds: number } | { kind: "server" };

/** What went wrong, for the form: only next-auth's own CredentialsSignin means the typing was wrong. */
export function signInFailure(error: string | null | undefined): SignInFailure {
  const seconds = throttledSeconds(error);
  if (seconds !== null) return { kind: "throttled", seconds };
  return error === "CredentialsSignin" ? { kind: "credentials" } : { kind: "server" };
}
