/**
 * The front server `npm start` runs: API paths answered by their route handlers in this process, with
 * the headers Next would give them; every other path handed on to Next (here a stand-in that records
 * what it was sent), with an X-Forwarded-For whose last entry the client cannot choose.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY } from "@/lib/security-headers";
import { createTeam, createUserWithToken, unique } from "@/tests/support/factories";
import { createFrontServer } from "./api-server";

const handedOn: { url: string; headers: http.IncomingHttpHeaders }[] = [];
const standInForNext = http.createServer((req, res) => {
  handedOn.push({ url: req.url ?? "", headers: req.headers });
  res.setHeader("content-type", "text/html");
  res.end("<p>a page</p>");
});
let front: http.Server;
let base: string;
let token: string;
let teamId: string;

const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  const nextOrigin = await listen(standInForNext);
  front = createFrontServer({ appDir: path.resolve("app"), nextOrigin, log: () => {} });
  base = await listen(front);
  const team = await createTeam();
  teamId = team.id;
  token = (await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] })).token;
});

afterAll(async () => {
  await new Promise((resolve) => front.close(resolve));
  await new Promise((resolve) => standInForNext.close(resolve));
});

const authorised = (init: RequestInit = {}) => ({
  ...init,
  headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers },
});

describe("the front server", () => {
  it("answers API routes itself, with the API's security headers", async () => {
    const res = await fetch(`${base}/api/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
    expect(res.headers.get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    const overHttps = await fetch(`${base}/api/v1/health`, { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers.get("strict-transport-security")).toMatch(/max-age=/);
    expect(handedOn).toHaveLength(0);
  });

  it("streams a request body to the handler and passes its answer on", async () => {
    const name = unique("Front Server Model");
    const res = await fetch(
      `${base}/api/v1/models`,
      authorised({
        method: "POST",
        body: JSON.stringify({ slug: name.toLowerCase().replaceAll(" ", "-"), name, kind: "BASE", teamId }),
      }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ model: { name } });
    const read = await fetch(
      `${base}/api/2.0/mlflow/registered-models/get?name=${encodeURIComponent(name)}`,
      authorised(),
    );
    expect(await read.json()).toMatchObject({ registered_model: { name } });
  });

  it("decodes path params as Next does", async () => {
    const res = await fetch(`${base}/api/v1/versions/%00`, authorised());
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { fields: { id: expect.any(String) } } });
    const missing = await fetch(`${base}/api/v1/versions/no%20such%20version`, authorised());
    expect(missing.status).toBe(404);
  });

  it("answers HEAD without a body, OPTIONS with the methods, and 405 for a method the route lacks", async () => {
    const head = await fetch(`${base}/api/v1/health`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const options = await fetch(`${base}/api/v1/models`, { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
    const put = await fetch(`${base}/api/v1/health`, { method: "PUT" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("hands pages, sign-in and unknown API paths to Next, with the socket's address last in X-Forwarded-For", async () => {
    handedOn.length = 0;
    for (const url of ["/models?page=2", "/api/auth/session", "/api/v1/no-such-route", "/api/v1/models/"]) {
      const res = await fetch(`${base}${url}`, { headers: { "x-forwarded-for": "203.0.113.9" } });
      expect(await res.text()).toBe("<p>a page</p>");
    }
    expect(handedOn.map((r) => r.url)).toEqual([
      "/models?page=2",
      "/api/auth/session",
      "/api/v1/no-such-route",
      "/api/v1/models/",
    ]);
    for (const request of handedOn) expect(request.headers["x-forwarded-for"]).toBe("203.0.113.9, 127.0.0.1");
  });
});
