import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

function expectSecurityHeaders(response: APIResponse | Awaited<ReturnType<Page["goto"]>>) {
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
  // Served over http here: HSTS would be wrong, and is absent.
  expect(headers["strict-transport-security"]).toBeUndefined();
  return csp;
}

test("a page, an API answer and a download carry the security headers; each page gets its own nonce", async ({
  page,
  loginAs,
}) => {
  const first = expectSecurityHeaders(await page.goto("/signin"));
  const second = expectSecurityHeaders(await page.goto("/signin"));
  expect(first).not.toBe(second);
  expectSecurityHeaders(await page.request.get("/api/v1/health"));

  await loginAs("officer");
  const download = await page.request.get("/api/v1/audit/export.csv");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expectSecurityHeaders(download);

  const https = await page.request.get("/api/v1/health", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test("the app runs under its policy: pages with charts and the lineage graph work with no violation", async ({
  page,
  loginAs,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await loginAs("leader");
  await page.goto("/dashboards");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  const versions = await (await page.request.get("/api/v1/versions?stage=PRODUCTION&limit=1")).json();
  await page.goto(`/versions/${versions.items[0].id}?tab=lineage`);
  await expect(page.getByRole("region", { name: /Lineage graph/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a server action called from another origin or with a body past the limit gets a clear refusal", async ({
  page,
  loginAs,
}) => {
  await loginAs("scientist");
  const call = (headers: Record<string, string>, data = "[]") =>
    page.request.post("/models/new", {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", ...headers },
      data,
    });
  const crossSite = await call({ origin: "https://evil.example" });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toEqual({
    error: { code: "forbidden", message: "Forms of this app can only be sent from its own pages" },
  });
  expectSecurityHeaders(crossSite);

  const tooLarge = await call({}, "x".repeat(1024 * 1024 + 1));
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error.code).toBe("payload_too_large");
});
