/**
 * Signing a delivery: `X-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>` with
 * `X-Webhook-Timestamp` in unix seconds. Signing the timestamp with the body lets a receiver refuse a
 * captured delivery replayed later: docs/webhooks.md has the receiver's side.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a delivery's timestamp may be from the receiver's clock, in seconds, before it is refused. */
export const REPLAY_WINDOW_SECONDS = 300;

export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export type VerifyResult = { ok: true } | { ok: false; reason: "malformed" | "stale" | "mismatch" };

/** What a receiver does: the timestamp within the window, then the signature compared in constant time. */
export function verifyDelivery(
  secret: string,
  headers: { timestamp: string | null | undefined; signature: string | null | undefined },
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  windowSeconds = REPLAY_WINDOW_SECONDS,
): VerifyResult {
  if (!headers.signature || !/^\d{1,12}$/.test(headers.timestamp ?? ""))
    return { ok: false, reason: "malformed" };
  const timestamp = Number(headers.timestamp);
  if (Math.abs(nowSeconds - timestamp) > windowSeconds) return { ok: false, reason: "stale" };
  const expected = Buffer.from(signDelivery(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? { ok: true }
    : { ok: false, reason: "mismatch" };
}
