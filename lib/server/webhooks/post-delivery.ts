import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { classifyAddress, refusalFor } from "@/lib/webhooks/target-address";
import { allowLocalTargets } from "./allow-local";

export type PostResult = { responseCode: number | null; durationMs: number; error: string | null };

const timeoutMs = () => Number(process.env.WEBHOOK_TIMEOUT_MS) || 10_000;

class RefusedAddress extends Error {}

/** DNS as usual, then every address the name resolves to judged like a literal one: no way inward by name. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    for (const { address } of addresses) {
      const refusal = refusalFor(classifyAddress(address) ?? "forbidden", allowLocalTargets());
      if (refusal)
        return callback(new RefusedAddress(`${hostname} resolves to ${address}: ${refusal}`), "", 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/**
 * One POST of a delivery: a 2xx answer is a success; anything else, no answer within WEBHOOK_TIMEOUT_MS
 * (10 s), or an address that is not allowed, is a failure. Redirects are not followed (a 3xx fails),
 * since the address an admin registered is the one trusted with the events.
 */
export function postDelivery(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<PostResult> {
  const started = performance.now();
  const done = (responseCode: number | null, error: string | null): PostResult => ({
    responseCode,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  const target = new URL(url);
  const literal = classifyAddress(target.hostname);
  const refusal = literal ? refusalFor(literal, allowLocalTargets()) : null;
  if (refusal) return Promise.resolve(done(null, `Address not allowed: ${refusal}`));

  return new Promise((resolve) => {
    const request = (target.protocol === "https:" ? https : http).request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
        lookup: guardedLookup,
        // a connection of its own each time: a kept-alive socket would skip the address check above
        agent: false,
        timeout: timeoutMs(),
      },
      (response) => {
        // the answer's body means nothing to us: drain it so the socket is freed
        response.resume();
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          resolve(done(status, status >= 200 && status < 300 ? null : `The endpoint answered ${status}`));
        });
        response.on("error", (error) => resolve(done(response.statusCode ?? null, error.message)));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`No answer within ${timeoutMs()} ms`)));
    request.on("error", (error) =>
      resolve(
        done(null, error instanceof RefusedAddress ? `Address not allowed: ${error.message}` : error.message),
      ),
    );
    request.end(body);
  });
}
