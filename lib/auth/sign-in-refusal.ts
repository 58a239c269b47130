/**
 * next-auth hands a refused sign-in to the form as one string; a throttled one is `throttled:<seconds>`.
 * Both sides read and write it here.
 */
const THROTTLED_PREFIX = "throttled:";

export const throttledRefusal = (retryAfterSeconds: number) => `${THROTTLED_PREFIX}${retryAfterSeconds}`;

/** Seconds to wait when the refusal is the throttle's, else null. */
export function throttledSeconds(error: string | null | undefined): number | null {
  if (!error?.startsWith(THROTTLED_PREFIX)) return null;
  const seconds = Number(error.slice(THROTTLED_PREFIX.length));
  return Number.isFinite(seconds) ? seconds : null;
}
