/**
 * The opaque `page_token` of registry searches: the offset of the next page, base64url-encoded JSON as
 * MLflow's own server does. Clients only echo it back; anything else is refused rather than guessed at.
 */
export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString("base64url");
}

/** The offset a token names, or null when the token was not made by encodePageToken. */
export function decodePageToken(token: string | undefined): number | null {
  if (!token) return 0;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    const offset = (parsed as { offset?: unknown } | null)?.offset;
    return Number.isSafeInteger(offset) && (offset as number) >= 0 ? (offset as number) : null;
  } catch {
    return null;
  }
}
