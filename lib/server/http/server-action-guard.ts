import "server-only";
import { SERVER_ACTION_MAX_BYTES } from "@/lib/http/server-action-limit";
import { isSameOrigin } from "./same-origin";

export type ActionRefusal = { status: 403 | 413; code: string; message: string };

/**
 * Why a server action call must not reach its action, or null. Server actions are POSTs carrying a
 * `Next-Action` header; the session cookie rides along on cross-site requests, so, as for the API, a
 * call from another origin is refused (by the same rule: lib/server/http/same-origin.ts).
 */
export function serverActionRefusal(method: string, headers: Headers): ActionRefusal | null {
  if (method !== "POST" || !headers.has("next-action")) return null;
  const origin = headers.get("origin");
  if (origin && !isSameOrigin(headers, origin))
    return {
      status: 403,
      code: "forbidden",
      message: "Forms of this app can only be sent from its own pages",
    };
  const declared = Number(headers.get("content-length"));
  if (declared > SERVER_ACTION_MAX_BYTES)
    return {
      status: 413,
      code: "payload_too_large",
      message: `The form is larger than ${SERVER_ACTION_MAX_BYTES.toLocaleString("en")} bytes`,
    };
  return null;
}
