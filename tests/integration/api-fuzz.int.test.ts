/**
 * Property-based: generated strings and JSON at every operation of the OpenAPI document, as a caller
 * holding every role and a write token. Whatever comes in, the answer is never a 500, and an answer
 * that refuses (4xx) has written nothing (every write carries an audit event in its transaction, so
 * an unchanged event count, beside the main tables, is the proof). Path parameters are hostile text
 * or a real record's id, so bodies and queries also reach the checks behind the lookups.
 *
 * Fixed seed, so CI runs are repeatable; FUZZ_SEED and FUZZ_RUNS explore further
 * (`FUZZ_RUNS=500 FUZZ_SEED=$RANDOM npx vitest run tests/integration/api-fuzz.int.test.ts`).
 */
import fc from "fast-check";
import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import type { Operation } from "@/lib/openapi/define";
import { ALL_OPERATIONS } from "@/lib/openapi/operations";
import { db } from "@/lib/server/db";
import { routeHandlers, routeFileOf, type RouteHandler } from "@/tests/support/api-routes";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken, unique } from "@/tests/support/factories";
import { createOwnedVersion, createPromotionRequest } from "@/tests/support/registry-factories";

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

const written = async () => ({
  events: await db.auditEvent.count(),
  models: await db.model.count(),
  versions: await db.modelVersion.count(),
  datasets: await db.dataset.count(),
  policies: await db.policy.count(),
  requests: await db.promotionRequest.count(),
  artifacts: await db.artifact.count(),
  tokens: await db.apiToken.count(),
});

// Text that has broken parsers and databases before, beside whatever fast-check makes up.
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\uD800",
    "x\uDC00y",
    "",
    " ",
    "../../etc/passwd",
    "%00",
    "' OR 1=1 --",
    "9".repeat(400),
    "+275760-09-13T00:00:00.000Z",
    "-1",
    "1e309",
    "NaN",
    "[]",
    "{}",
    "null",
    "eyJ4IjoxfQ",
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 63), 1e308, 0.1, true, null) },
  // nested past the depth any of our shapes has
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 200 })
      .map((depth) => JSON.parse("[".repeat(depth) + "]".repeat(depth))),
  },
);

const keysOf = (schema: z.ZodType | undefined) =>
  schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];

/** A body: any JSON, or an object with the operation's own field names holding hostile values. */
const bodyFor = (op: Operation) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(fc.constantFrom(...keysOf(op.body), "id", "__proto__"), hostileValue, { maxKeys: 6 }),
  );

const queryFor = (op: Operation) =>
  fc.dictionary(fc.constantFrom(...keysOf(op.query), "cursor", "limit", "q"), hostileText, { maxKeys: 4 });

let token: string;
let realIds: Record<string, string>;
let handlers: Map<string, RouteHandler>;

beforeAll(async () => {
  const { version, model, owner, team } = await createOwnedVersion();
  const fuzzer = await createUserWithToken({ roles: [...ROLES], teamIds: [team.id] });
  token = fuzzer.token;
  const dataset = await db.dataset.create({
    data: {
      slug: unique("fuzz-data"),
      name: "Fuzz data",
      source: "s3://fuzz",
      license: "mit",
      teamId: team.id,
      createdById: owner.user.id,
    },
  });
  const request = await createPromotionRequest(version.id, owner.user.id);
  const datasetVersion = await db.datasetVersion.create({
    data: { datasetId: dataset.id, version: 1, containsPersonalData: true, createdById: owner.user.id },
  });
  const erasure = await db.erasureRequest.create({
    data: {
      subjectReference: "fuzz subject",
      datasetId: dataset.id,
      datasetVersionId: datasetVersion.id,
      reason: "",
      requestedById: owner.user.id,
      dueAt: new Date(Date.now() + 86_400_000),
      affected: { create: [{ versionId: version.id, via: "DIRECT" }] },
    },
  });
  const policy = await db.policy.create({
    data: {
      key: unique("fuzz-policy"),
      version: 1,
      name: "Fuzz",
      targetStage: "PRODUCTION",
      rules: [],
      createdById: owner.user.id,
    },
  });
  // the first segment names what a path parameter identifies; users and tokens get no real id, so a
  // lucky body cannot revoke the fuzzer's own token or roles
  realIds = {
    models: model.slug,
    versions: version.id,
    datasets: dataset.id,
    promotions: request.id,
    policies: policy.key,
    artifacts: "no-such-artifact",
    "erasure-requests": erasure.id,
  };
  handlers = new Map(
    (await routeHandlers()).map(({ method, file, handler }) => [`${method} ${file}`, handler]),
  );
  fc.configureGlobal({ seed: SEED, numRuns: RUNS });
}, 60_000);

const paramsFor = (op: Operation) => {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const real = realIds[op.path.split("/")[1]!];
  return fc.record(
    Object.fromEntries(
      names.map((name) => [name, real ? fc.oneof(fc.constant(real), hostileText) : hostileText]),
    ),
  ) as fc.Arbitrary<Record<string, string>>;
};

const urlOf = (path: string, params: Record<string, string>, query: Record<string, string>) => {
  // A URL cannot carry a lone surrogate (encodeURIComponent throws); the handler gets the raw value in
  // `params`, as Next would hand over whatever a client's bytes decode to.
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent((params[name] ?? "").toWellFormed()),
  );
  const search = new URLSearchParams(query).toString();
  return `/api/v1${filled}${search ? `?${search}` : ""}`;
};

describe("generated input at every documented operation", () => {
  for (const op of ALL_OPERATIONS) {
    const key = `${op.method.toUpperCase()} ${op.path}`;
    it(`${key}: never a 500, and a refusal writes nothing`, async () => {
      const handler = handlers.get(`${op.method.toUpperCase()} ${routeFileOf(op.path)}`)!;
      const reads = op.method === "get";
      await fc.assert(
        fc.asyncProperty(paramsFor(op), queryFor(op), bodyFor(op), async (params, query, body) => {
          const before = reads ? null : await written();
          const response = await callRoute(handler, {
            url: urlOf(op.path, params, query),
            method: op.method.toUpperCase(),
            token,
            params,
            ...(reads ? {} : { body }),
          });
          expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
          if (before && response.status >= 400) expect(await written()).toEqual(before);
        }),
      );
    }, 120_000);
  }
});
