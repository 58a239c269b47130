import "server-only";
import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { parseByteRange } from "@/lib/http/byte-range";
import { PROXY_ROOT } from "@/lib/mlflow/download-uri";
import { MlflowError } from "@/lib/mlflow/errors";
import { downloadHeaders, openArtifactDownload } from "@/lib/server/artifacts/open-artifact-download";
import { listArtifactsMessage, parseMessage } from "@/lib/mlflow/messages";
import { db } from "@/lib/server/db";
import { READ_PERMISSION, type MlflowResolver } from "./router";

/**
 * MLflow's artifact proxy (`/api/2.0/mlflow-artifacts/artifacts`) over the files uploaded to a version:
 * `registry/<version id>/<artifact name>`, the place get-download-uri points MLflow clients at. Only the
 * reads (list, download with Range) are served; files are added through the registry's own upload.
 */
type ProxyPath = { versionId: string; rest: string };

function proxyPath(path: string): ProxyPath {
  const parts = path.split("/").filter(Boolean);
  if (parts[0] !== PROXY_ROOT || !parts[1] || parts.some((part) => part === "." || part === ".."))
    throw new MlflowError("RESOURCE_DOES_NOT_EXIST", `No artifacts at '${path}'`);
  return { versionId: parts[1], rest: parts.slice(2).join("/") };
}

async function uploadedArtifacts(versionId: string) {
  const version = await db.modelVersion.findUnique({
    where: { id: versionId },
    select: {
      artifacts: { where: { isReference: false }, select: { id: true, name: true, sizeBytes: true } },
    },
  });
  if (!version)
    throw new MlflowError("RESOURCE_DOES_NOT_EXIST", `No artifacts at '${PROXY_ROOT}/${versionId}'`);
  return version.artifacts;
}

/** ListArtifacts: the files and folders directly under the path (artifact names may hold folders). */
export async function listProxiedArtifacts(path: string) {
  const { versionId, rest } = proxyPath(path);
  const prefix = rest ? `${rest}/` : "";
  const entries = new Map<string, { path: string; is_dir: boolean; file_size?: number }>();
  for (const artifact of await uploadedArtifacts(versionId)) {
    if (!artifact.name.startsWith(prefix)) continue;
    const [head, ...deeper] = artifact.name.slice(prefix.length).split("/");
    if (!head) continue;
    entries.set(
      head,
      deeper.length > 0
        ? { path: head, is_dir: true }
        : { path: head, is_dir: false, file_size: Number(artifact.sizeBytes) },
    );
  }
  const files = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files.length > 0 ? { files } : {};
}

/** DownloadArtifact: the bytes of one uploaded file, whole or the byte range asked for. */
export async function downloadProxiedArtifact(path: string, req: NextRequest): Promise<Response> {
  const { versionId, rest } = proxyPath(path);
  const artifact = (await uploadedArtifacts(versionId)).find((a) => a.name === rest);
  if (!artifact) throw new MlflowError("RESOURCE_DOES_NOT_EXIST", `No artifact at '${path}'`);
  const size = Number(artifact.sizeBytes);
  const range = parseByteRange(req.headers.get("range"), size);
  if (range === "unsatisfiable")
    return new Response(null, { status: 416, headers: { "content-range": `bytes */${size}` } });
  const download = await openArtifactDownload(artifact.id, range ?? undefined);
  const body = Readable.toWeb(download.stream) as ReadableStream<Uint8Array>;
  const headers = new Headers(downloadHeaders(download));
  headers.set("accept-ranges", "bytes");
  if (!range) return new Response(body, { headers });
  headers.set("content-length", String(range.end - range.start + 1));
  headers.set("content-range", `bytes ${range.start}-${range.end}/${size}`);
  return new Response(body, { status: 206, headers });
}

/**
 * `artifacts?path=...` lists, `artifacts/<path>` downloads (MLflow's mlflow_artifacts.proto); reading
 * them needs what reading the registry needs.
 */
export const resolveArtifactEndpoint: MlflowResolver = (path, method) => {
  if (method !== "GET") return undefined;
  if (path === "artifacts")
    return {
      permission: READ_PERMISSION,
      run: (_principal, input) => {
        const { path: listed } = parseMessage(listArtifactsMessage, input);
        return listProxiedArtifacts(listed ?? "");
      },
    };
  if (path.startsWith("artifacts/"))
    return {
      permission: READ_PERMISSION,
      run: (_principal, _input, req, full) => downloadProxiedArtifact(full.slice("artifacts/".length), req),
    };
  return undefined;
};
