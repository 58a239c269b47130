import "server-only";

export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 ** 3;

/** Room for the multipart framing (boundaries, part headers, the small fields) around the file itself. */
export const MULTIPART_ALLOWANCE_BYTES = 64 * 1024;

/** MAX_UPLOAD_BYTES (default 5 GiB), read per request so tests and operators can change it. */
export function maxUploadBytes(): number {
  const raw = process.env.MAX_UPLOAD_BYTES?.trim();
  if (!raw) return DEFAULT_MAX_UPLOAD_BYTES;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`MAX_UPLOAD_BYTES must be a positive whole number of bytes, not "${raw}"`);
  return value;
}
