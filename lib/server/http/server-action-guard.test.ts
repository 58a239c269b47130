import { describe, expect, it } from "vitest";
import { SERVER_ACTION_MAX_BYTES } from "@/lib/http/server-action-limit";
import { serverActionRefusal } from "./server-action-guard";

const action = (headers: Record<string, string>) =>
  new Headers({ host: "registry.internal:3000", "next-action": "7f3a", ...headers });

describe("serverActionRefusal", () => {
  it("lets a same-origin call of the declared size through", () => {
    expect(serverActionRefusal("POST", action({ origin: "http://registry.internal:3000" }))).toBeNull();
    expect(
      serverActionRefusal("POST", action({ "content-length": String(SERVER_ACTION_MAX_BYTES) })),
    ).toBeNull();
  });

  it("refuses a call from another origin with a 403 that says why", () => {
    expect(serverActionRefusal("POST", action({ origin: "https://evil.example" }))).toEqual({
      status: 403,
      code: "forbidden",
      message: "Forms of this app can only be sent from its own pages",
    });
  });

  it("refuses a declared body past the limit with a 413", () => {
    expect(
      serverActionRefusal("POST", action({ "content-length": String(SERVER_ACTION_MAX_BYTES + 1) })),
    ).toMatchObject({ status: 413, code: "payload_too_large" });
  });

  it("leaves everything that is not a server action alone", () => {
    const crossSite = { origin: "https://evil.example", host: "registry.internal:3000" };
    expect(serverActionRefusal("POST", new Headers(crossSite))).toBeNull();
    expect(serverActionRefusal("GET", action(crossSite))).toBeNull();
  });
});
