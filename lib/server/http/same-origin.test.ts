import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);
const noConfig = {};

describe("isSameOrigin", () => {
  it.each([
    ["http://127.0.0.1:3000", "127.0.0.1:3000"],
    ["http://192.168.1.20:3000", "192.168.1.20:3000"],
    ["http://localhost:3000", "localhost:3000"],
    ["https://registry.example.com", "registry.example.com"],
  ])("accepts %s reached at Host %s", (origin, host) => {
    expect(isSameOrigin(headers({ host }), origin, noConfig)).toBe(true);
  });

  it.each([
    ["http://evil.example", "127.0.0.1:3000"],
    ["http://127.0.0.1:3001", "127.0.0.1:3000"],
    ["null", "127.0.0.1:3000"],
    ["not a url", "127.0.0.1:3000"],
  ])("refuses %s at Host %s", (origin, host) => {
    expect(isSameOrigin(headers({ host }), origin, noConfig)).toBe(false);
  });

  it("reads X-Forwarded-Host and -Proto only when the proxy is trusted", () => {
    const proxied = headers({
      host: "app:3000",
      "x-forwarded-host": "registry.example.com",
      "x-forwarded-proto": "https",
    });
    expect(isSameOrigin(proxied, "https://registry.example.com", noConfig)).toBe(false);
    const trusted = { TRUST_PROXY: "true" };
    expect(isSameOrigin(proxied, "https://registry.example.com", trusted)).toBe(true);
    expect(isSameOrigin(proxied, "http://registry.example.com", trusted)).toBe(false);
    // a client cannot forge its way in without the trusted proxy
    const forged = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" });
    expect(isSameOrigin(forged, "http://evil.example", noConfig)).toBe(false);
  });

  it("always accepts the configured public origin", () => {
    const env = { PUBLIC_ORIGIN: "https://models.example.org/" };
    expect(isSameOrigin(headers({ host: "10.0.0.5:3000" }), "https://models.example.org", env)).toBe(true);
  });
});
