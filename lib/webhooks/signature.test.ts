import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { REPLAY_WINDOW_SECONDS, signDelivery, verifyDelivery } from "./signature";

const secret = "whsec_test";
const body = '{"id":"e1","type":"webhook.test","createdAt":"2026-12-03T00:00:00.000Z","data":{}}';
const now = 1_764_720_000;

describe("delivery signatures", () => {
  it("is the hex HMAC-SHA256 of timestamp + '.' + body, prefixed sha256=", () => {
    const expected = createHmac("sha256", secret).update(`${now}.${body}`).digest("hex");
    expect(signDelivery(secret, now, body)).toBe(`sha256=${expected}`);
    // a known value, so a receiver in another language can check its own code against it
    expect(signDelivery("secret", 1, "{}")).toBe(
      `sha256=${createHmac("sha256", "secret").update("1.{}").digest("hex")}`,
    );
  });

  it("verifies a fresh, intact delivery", () => {
    const signature = signDelivery(secret, now, body);
    expect(verifyDelivery(secret, { timestamp: String(now), signature }, body, now + 10)).toEqual({
      ok: true,
    });
  });

  it("refuses a changed body, another secret, a stale or future timestamp, and missing headers", () => {
    const signature = signDelivery(secret, now, body);
    const headers = { timestamp: String(now), signature };
    expect(verifyDelivery(secret, headers, body.replace("e1", "e2"), now)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifyDelivery("other", headers, body, now)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyDelivery(secret, headers, body, now + REPLAY_WINDOW_SECONDS + 1)).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(verifyDelivery(secret, headers, body, now - REPLAY_WINDOW_SECONDS - 1)).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(verifyDelivery(secret, { timestamp: null, signature }, body, now)).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifyDelivery(secret, { timestamp: String(now), signature: undefined }, body, now)).toEqual({
      ok: false,
      reason: "malformed",
    });
  });
});
