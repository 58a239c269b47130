import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSealed, openSecret, parseKey, sealSecret } from "./secret-box";

const key = randomBytes(32);

describe("webhook secrets at rest", () => {
  it("round-trips, with a fresh IV each time, and never contains the secret", () => {
    const secret = "whsec_abcdefghijklmnopqrstuvwxyz0123456789";
    const a = sealSecret(key, secret);
    const b = sealSecret(key, secret);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(isSealed(a)).toBe(true);
    expect(openSecret(key, a)).toBe(secret);
    expect(openSecret(key, b)).toBe(secret);
  });

  it("refuses another key, an altered value and a plain secret", () => {
    const sealed = sealSecret(key, "whsec_x");
    expect(() => openSecret(randomBytes(32), sealed)).toThrow();
    const raw = Buffer.from(sealed.slice(3), "base64url");
    raw[raw.length - 1]! ^= 1;
    expect(() => openSecret(key, `v1:${raw.toString("base64url")}`)).toThrow();
    expect(() => openSecret(key, "whsec_plain")).toThrow("not an encrypted webhook secret");
    expect(isSealed("0f".repeat(32))).toBe(false);
  });

  it("reads a 32-byte key as hex or base64, and nothing shorter", () => {
    expect(parseKey(key.toString("hex"))).toEqual(key);
    expect(parseKey(key.toString("base64"))).toEqual(key);
    expect(parseKey("too short")).toBeNull();
  });
});
