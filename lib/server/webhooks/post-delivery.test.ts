import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postDelivery } from "./post-delivery";

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(req.url === "/ok" ? 204 : 302, { location: "http://127.0.0.1/" }).end());
});
let port: number;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const post = (url: string, allowLocal: boolean) => {
  process.env.WEBHOOK_ALLOW_LOCAL = String(allowLocal);
  return postDelivery(url, "{}", { "x-webhook-id": "e1" });
};

describe("posting a delivery", () => {
  it("succeeds on a 2xx, by address or by name, when local targets are allowed", async () => {
    expect(await post(`http://127.0.0.1:${port}/ok`, true)).toMatchObject({ responseCode: 204, error: null });
    expect(await post(`http://localhost:${port}/ok`, true)).toMatchObject({ responseCode: 204, error: null });
  });

  it("refuses a local address, also behind a name that resolves to it, before connecting", async () => {
    const literal = await post(`http://127.0.0.1:${port}/ok`, false);
    expect(literal).toMatchObject({ responseCode: null });
    expect(literal.error).toMatch(/Address not allowed/);
    const byName = await post(`http://localhost:${port}/ok`, false);
    expect(byName).toMatchObject({ responseCode: null });
    expect(byName.error).toMatch(/Address not allowed: localhost resolves to/);
  });

  it("does not follow redirects: a 3xx fails the attempt", async () => {
    expect(await post(`http://127.0.0.1:${port}/moved`, true)).toMatchObject({
      responseCode: 302,
      error: "The endpoint answered 302",
    });
  });
});
