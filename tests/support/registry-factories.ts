/**
 * Registry records made straight through the tables (models, versions, promotion requests), and streamed
 * multipart requests for the upload route: callRoute sends whole bodies, uploads need bytes that arrive
 * over time, without a Content-Length, and sometimes never finish.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import type { ModelKind, PromotionStatus, Stage } from "@/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { createTeam, createUserWithToken, unique } from "./factories";

export async function createModel(options: {
  teamId: string;
  createdById: string;
  kind?: ModelKind;
  slug?: string;
}) {
  const slug = options.slug ?? unique("model");
  return db.model.create({
    data: {
      slug,
      name: slug,
      kind: options.kind ?? "BASE",
      teamId: options.teamId,
      createdById: options.createdById,
    },
    select: { id: true, slug: true, teamId: true },
  });
}

export async function createVersion(options: { modelId: string; createdById: string; stage?: Stage }) {
  const last = await db.modelVersion.findFirst({
    where: { modelId: options.modelId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return db.modelVersion.create({
    data: {
      modelId: options.modelId,
      createdById: options.createdById,
      version: (last?.version ?? 0) + 1,
      stage: options.stage ?? "DEVELOPMENT",
    },
    select: { id: true, version: true, stage: true, modelId: true },
  });
}

export async function createPromotionRequest(
  versionId: string,
  requestedById: string,
  status: PromotionStatus = "PENDING",
) {
  return db.promotionRequest.create({
    data: {
      versionId,
      requestedById,
      fromStage: "DEVELOPMENT",
      toStage: "STAGING",
      justification: "Ready for staging",
      status,
    },
    select: { id: true },
  });
}

/** A team, a data scientist of it (with a token), a model the team owns and one version of it. */
export async function createOwnedVersion(options: { stage?: Stage; roles?: Role[] } = {}) {
  const team = await createTeam();
  const owner = await createUserWithToken({ roles: options.roles ?? ["DATA_SCIENTIST"], teamIds: [team.id] });
  const model = await createModel({ teamId: team.id, createdById: owner.user.id });
  const version = await createVersion({
    modelId: model.id,
    createdById: owner.user.id,
    stage: options.stage,
  });
  return { team, owner, model, version };
}

/** Points DATA_DIR (and so the artifact store) at a fresh folder; returns the store's root. */
export function temporaryDataDir(): string {
  process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "registry-artifacts-"));
  return path.join(process.env.DATA_DIR, "artifacts");
}

/** Every file under a folder, staging area included: a refused upload must leave none. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

export type MultipartPart =
  | { name: string; value: string }
  | { name: string; fileName: string; data: Uint8Array; contentType?: string };

export const BOUNDARY = "----registry-test-boundary-7MA4YWxkTrZu0gW";
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;
const encoder = new TextEncoder();

export const filePart = (fileName: string, data: Uint8Array): MultipartPart => ({
  name: "file",
  fileName,
  data,
});

/** The body of a multipart/form-data request, in chunks (files cut to `chunkSize`). */
export function* multipartChunks(parts: MultipartPart[], chunkSize = 64 * 1024): Generator<Uint8Array> {
  for (const part of parts) {
    if ("value" in part) {
      yield encoder.encode(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
      );
      continue;
    }
    const type = part.contentType ?? "application/octet-stream";
    yield encoder.encode(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    );
    for (let offset = 0; offset < part.data.length; offset += chunkSize)
      yield part.data.subarray(offset, offset + chunkSize);
    yield encoder.encode("\r\n");
  }
  yield encoder.encode(`--${BOUNDARY}--\r\n`);
}

type Handler<P> = (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>;

/**
 * POSTs a streamed body to a route handler, chunk by chunk, with no Content-Length unless given.
 * `chunks` may be an async generator that waits, to act between the first and the last byte.
 */
export async function callStreamingRoute<P extends Record<string, string>>(
  handler: Handler<P>,
  options: {
    url: string;
    token: string;
    params: P;
    chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
    contentType?: string;
    contentLength?: number;
  },
) {
  const iterator = (
    Symbol.asyncIterator in options.chunks
      ? options.chunks[Symbol.asyncIterator]()
      : options.chunks[Symbol.iterator]()
  ) as AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
  });
  const headers = new Headers({
    authorization: `Bearer ${options.token}`,
    "content-type": options.contentType ?? MULTIPART_TYPE,
  });
  if (options.contentLength !== undefined) headers.set("content-length", String(options.contentLength));
  const req = new NextRequest(new URL(options.url, "http://localhost"), {
    method: "POST",
    headers,
    body,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
  const response = await handler(req, { params: Promise.resolve(options.params) });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the shapes of many bodies
  const parsed: any = text ? JSON.parse(text) : null;
  return { status: response.status, body: parsed };
}
