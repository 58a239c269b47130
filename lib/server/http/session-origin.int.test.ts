import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { openSession } from "@/lib/server/auth/user-sessions";
import { callRoute } from "@/tests/support/call-route";
import { createUser } from "@/tests/support/factories";
import { withApi } from "./with-api";

process.env.NEXTAUTH_SECRET ??= "session-origin-test-secret";
const echo = withApi(async ({ principal }) => ({ you: principal.email }), {
  permission: "models.write",
  status: 201,
});

/** The session cookie a browser holds after signing in, made the way next-auth makes it. */
async function sessionCookie() {
  const { user } = await createUser({ roles: ["DATA_SCIENTIST"] });
  const sessionId = await openSession(user.id);
  const token = await encode({ token: { sub: user.id, sessionId }, secret: process.env.NEXTAUTH_SECRET! });
  return { user, cookie: `next-auth.session-token=${token}` };
}

// Next builds a handler's request URL from its own settings (http://localhost:3000 by default), not
// from the Host the browser used: only the headers say where the app was reached.
const NEXT_URL = "http://localhost:3000/api/x";
const post = (cookie: string, host: string, origin: string) =>
  callRoute(echo, { url: NEXT_URL, method: "POST", body: {}, headers: { cookie, host, origin } });

describe("a browser session writing through the API", () => {
  it("is accepted from the app itself, whatever address it was reached at", async () => {
    const { user, cookie } = await sessionCookie();
    for (const host of ["127.0.0.1:3000", "192.168.1.20:3000", "localhost:3000"]) {
      const response = await post(cookie, host, `http://${host}`);
      expect(response, host).toMatchObject({ status: 201, body: { you: user.email } });
    }
  });

  it("is refused from another site, even one pretending through X-Forwarded-Host", async () => {
    const { cookie } = await sessionCookie();
    const refused = await post(cookie, "127.0.0.1:3000", "http://evil.example");
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("Cross-origin requests need an API token");
    const forged = await callRoute(echo, {
      url: NEXT_URL,
      method: "POST",
      body: {},
      headers: {
        cookie,
        host: "127.0.0.1:3000",
        origin: "http://evil.example",
        "x-forwarded-host": "evil.example",
      },
    });
    expect(forged.status).toBe(403);
  });
});
