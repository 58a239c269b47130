/**
 * Where to send a person after sign-in: a path on this app, never another site. The candidate is
 * resolved the way a browser would resolve it against the app's origin (so `/\evil.example` and
 * `//evil.example` land off-site and are refused), and a path whose decoded form starts with `//` or
 * holds a backslash or a control character is refused too (`/%09/evil.example` becomes
 * `//evil.example` once a browser strips the tab). Anything refused is the home page.
 */
const PLACEHOLDER_ORIGIN = "http://app.invalid";

export function safeCallbackPath(candidate: string | null | undefined, appOrigin?: string): string {
  if (!candidate) return "/";
  const origin = appOrigin ? new URL(appOrigin).origin : PLACEHOLDER_ORIGIN;
  let url: URL;
  try {
    url = new URL(candidate, origin);
  } catch {
    return "/";
  }
  if (url.origin !== origin) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return "/";
  }
  if (decoded.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(decoded)) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
