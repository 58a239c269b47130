import { createHash, randomBytes } from "node:crypto";
import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { registerVersion, uniqueSuffix } from "./registry-helpers";

function expectSecurityHeaders(
  response: APIResponse | Awaited<ReturnType<Page["goto"]>>,
  kind: "page" | "api" = "page",
) {
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  // A page runs Next's scripts with this request's nonce; an API answer may run and load nothing.
  if (kind === "page") expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  else expect(csp).toMatch(/^default-src 'none'(;|$)/);
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
  expectSecurityHeaders(await page.request.get("/api/v1/health"), "api");

  await loginAs("officer");
  const download = await page.request.get("/api/v1/audit/export.csv");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expectSecurityHeaders(download, "api");

  for (const path of ["/api/v1/health", "/signin"]) {
    const https = await page.request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  }
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

// Next buffers every body the proxy sees and passes the route at most 10 MB of it: the API is kept out
// of the proxy's reach (proxy.ts), so a large upload arrives whole.
test("an artifact upload larger than 10 MB reaches the API whole", async ({ page, loginAs }) => {
  await loginAs("scientist");
  const id = uniqueSuffix();
  const versionId = await registerVersion(page, {
    slug: `e2e-big-${id}`,
    name: `E2E big ${id}`,
    kind: "BASE",
  });
  const bytes = randomBytes(12 * 1024 * 1024);
  const response = await page.request.post(`/api/v1/versions/${versionId}/artifacts`, {
    multipart: { file: { name: "weights.bin", mimeType: "application/octet-stream", buffer: bytes } },
    timeout: 60_000,
  });
  expect(response.status(), await response.text()).toBe(201);
  const { artifact } = await response.json();
  expect(artifact.sizeBytes).toBe(bytes.length);
  expect(artifact.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
});
