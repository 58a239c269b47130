/**
 * The headers every answer carries (pages, API answers, downloads). Pure, so the proxy, next.config.ts
 * and the tests share one definition.
 *
 * Scripts run only with this request's nonce ('strict-dynamic' lets Next's own chunks load theirs);
 * React and Recharts set style attributes, hence 'unsafe-inline' for styles only. Development needs
 * 'unsafe-eval' for React's debugging tools; production never gets it.
 */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * API answers (JSON, downloads) are never rendered as pages: they may load nothing and be framed nowhere.
 * Set by the front server `npm start` runs (scripts/lib/api-server.ts) and by next.config.ts when Next
 * serves the API itself (`npm run dev`); not by the proxy (see proxy.ts for why).
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // For browsers that predate frame-ancestors.
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/** Two years, subdomains included: sent only on answers that went out over https. */
export const HSTS = "max-age=63072000; includeSubDomains";
