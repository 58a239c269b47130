/**
 * When a failed delivery is tried again: a schedule of delays in seconds (the first retries within
 * seconds, later ones minutes and hours apart), each spread by +/-20% jitter so endpoints that failed
 * together are not retried in lockstep. The last delay repeats until the attempts run out.
 */
export const DEFAULT_RETRY_SCHEDULE_SECONDS = [2, 10, 60, 300, 1800, 7200] as const;
export const DEFAULT_MAX_ATTEMPTS = 8;
const JITTER = 0.2;

export type RetryPolicy = { scheduleSeconds: readonly number[]; maxAttempts: number };

/** `WEBHOOK_RETRY_SCHEDULE` ("2,10,60,300") and `WEBHOOK_MAX_ATTEMPTS`; the defaults when unset or unreadable. */
export function retryPolicyFrom(env: { schedule?: string; maxAttempts?: string }): RetryPolicy {
  const parts = (env.schedule ?? "").split(",").map((part) => part.trim());
  const parsed = parts.map(Number);
  const readable =
    parts.every(Boolean) && parsed.every((seconds) => Number.isFinite(seconds) && seconds >= 0);
  const maxAttempts = Number(env.maxAttempts);
  return {
    scheduleSeconds: readable ? parsed : DEFAULT_RETRY_SCHEDULE_SECONDS,
    maxAttempts: Number.isInteger(maxAttempts) && maxAttempts >= 1 ? maxAttempts : DEFAULT_MAX_ATTEMPTS,
  };
}

/**
 * The delay in milliseconds before attempt `failedAttempt + 1`, or null when `failedAttempt` was the
 * last one allowed. `random` is in [0, 1).
 */
export function retryDelayMs(policy: RetryPolicy, failedAttempt: number, random: number): number | null {
  if (failedAttempt >= policy.maxAttempts) return null;
  const schedule = policy.scheduleSeconds;
  const base = schedule[Math.min(failedAttempt - 1, schedule.length - 1)]! * 1000;
  return Math.round(base * (1 - JITTER + 2 * JITTER * random));
}
