/**
 * Webhook signing secrets at rest: AES-256-GCM under a 32-byte key, stored as
 * `v1:<base64url(iv | tag | ciphertext)>`. The key never lives in the database (lib/server/webhooks/
 * secret-key.ts finds it), so a copy of the database alone cannot forge deliveries. Pure: the key is
 * an argument.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url");
}

/** The secret; throws when the value was not sealed with this key or was altered. */
export function openSecret(key: Buffer, sealed: string): string {
  if (!isSealed(sealed)) throw new Error("not an encrypted webhook secret");
  const raw = Buffer.from(sealed.slice(VERSION.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
    "utf8",
  );
}

/** Whether a stored value is sealed (rows from before encryption hold the plain secret). */
export const isSealed = (stored: string) => stored.startsWith(VERSION);

/** `WEBHOOK_SECRET_KEY`: 32 bytes as 64 hex digits or base64; null when it is not. */
export function parseKey(text: string): Buffer | null {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  return key.length === 32 ? key : null;
}
