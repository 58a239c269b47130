import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Failed password sign-ins, counted in PostgreSQL (table `sign_in_limits`, made by our migrations) so
 * the limit holds across app instances and restarts. Two counters: per account, which stops guessing
 * one person's password from many addresses, and per address, which stops trying many accounts from
 * one place. A success clears the account's counter.
 */
const WINDOW_SECONDS = 15 * 60;
export const SIGN_IN_LIMITS = {
  /** failed sign-ins per account in the window before it is locked for the rest of the window */
  account: 5,
  /** failed sign-ins from one address in the window, over all accounts */
  address: 30,
} as const;

const globalForThrottle = globalThis as unknown as { signInPool?: Pool };

function limiter(keyPrefix: string, points: number) {
  // A pool of its own, small: the limiter speaks plain SQL (one upsert per failure), not Prisma.
  if (!globalForThrottle.signInPool) {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    // An idle connection the server closed (a restart) must not take the process down with it.
    pool.on("error", (error) => console.error("[sign-in throttle] idle connection failed", error));
    globalForThrottle.signInPool = pool;
  }
  return new RateLimiterPostgres({
    storeClient: globalForThrottle.signInPool,
    storeType: "pool",
    tableName: "sign_in_limits",
    tableCreated: true,
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
  });
}

let limiters: { account: RateLimiterPostgres; address: RateLimiterPostgres } | undefined;
const getLimiters = () =>
  (limiters ??= {
    account: limiter("sign-in-account", SIGN_IN_LIMITS.account),
    address: limiter("sign-in-address", SIGN_IN_LIMITS.address),
  });

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Before checking a password: refuses while the account or the address has used up its failures. */
export async function checkSignInAllowed(email: string, address: string | null): Promise<ThrottleVerdict> {
  const { account, address: byAddress } = getLimiters();
  const [forAccount, forAddress] = await Promise.all([
    account.get(email),
    address ? byAddress.get(address) : Promise.resolve(null),
  ]);
  const exhausted = [
    forAccount && forAccount.consumedPoints >= SIGN_IN_LIMITS.account ? forAccount : null,
    forAddress && forAddress.consumedPoints >= SIGN_IN_LIMITS.address ? forAddress : null,
  ].filter((res): res is RateLimiterRes => res !== null);
  if (exhausted.length === 0) return { allowed: true };
  const wait = Math.max(...exhausted.map((res) => res.msBeforeNext));
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
}

/** Counts one failure against the account and the address. */
export async function recordSignInFailure(email: string, address: string | null): Promise<void> {
  const { account, address: byAddress } = getLimiters();
  // consume() rejects once the points run out; the count is what matters here, not the rejection.
  const consume = (target: RateLimiterPostgres, key: string) =>
    target.consume(key).catch((result: unknown) => {
      if (!(result instanceof RateLimiterRes)) throw result;
    });
  await Promise.all([consume(account, email), address ? consume(byAddress, address) : null]);
}

export async function clearSignInFailures(email: string): Promise<void> {
  await getLimiters().account.delete(email);
}

/** Closes the throttle's connections (tests, before their database is dropped). */
export async function closeSignInThrottle(): Promise<void> {
  await globalForThrottle.signInPool?.end();
  globalForThrottle.signInPool = undefined;
  limiters = undefined;
}
