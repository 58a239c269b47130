import "server-only";

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/**
 * Whether a browser request's Origin is this app, however the app was reached (localhost, 127.0.0.1, a
 * LAN address, a domain behind a proxy). The request's own Host header names where the browser sent
 * it; a cross-site page's Origin names the other site, so the two differ. Behind a proxy that rewrites
 * Host, `TRUST_PROXY=true` reads X-Forwarded-Host and X-Forwarded-Proto instead; `PUBLIC_ORIGIN` (or
 * NEXTAUTH_URL) is always accepted as well.
 */
type OriginSettings = Partial<Record<"PUBLIC_ORIGIN" | "NEXTAUTH_URL" | "TRUST_PROXY", string>>;

export function isSameOrigin(headers: Headers, origin: string, env: OriginSettings = process.env): boolean {
  let claimed: URL;
  try {
    claimed = new URL(origin);
  } catch {
    return false;
  }
  for (const configured of [env.PUBLIC_ORIGIN, env.NEXTAUTH_URL]) {
    if (!configured) continue;
    try {
      if (new URL(configured).origin === claimed.origin) return true;
    } catch {
      // a malformed setting matches nothing
    }
  }
  const trustProxy = env.TRUST_PROXY === "true";
  const host = (trustProxy && first(headers.get("x-forwarded-host"))) || headers.get("host");
  if (!host || claimed.host !== host.toLowerCase()) return false;
  const proto = trustProxy ? first(headers.get("x-forwarded-proto")) : null;
  return !proto || claimed.protocol === `${proto}:`;
}
