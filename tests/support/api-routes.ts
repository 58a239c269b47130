/**
 * Every /api/v1 route handler, found on disk the way Next finds them: the contract and fuzz tests walk
 * them against the OpenAPI document.
 */
import type { NextRequest } from "next/server";

export type RouteHandler = ((
  req: NextRequest,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>) & {
  permission?: string;
  successStatus?: number;
};

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const modules = import.meta.glob<Record<string, unknown>>("/app/api/v1/**/route.ts");

/** `/models/{slug}/versions` -> `/app/api/v1/models/[slug]/versions/route.ts` */
export const routeFileOf = (path: string) => `/app/api/v1${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;

export async function routeHandlers() {
  const found: { method: (typeof METHODS)[number]; file: string; handler: RouteHandler }[] = [];
  for (const [file, load] of Object.entries(modules)) {
    const exports = await load();
    for (const method of METHODS)
      if (typeof exports[method] === "function")
        found.push({ method, file, handler: exports[method] as RouteHandler });
  }
  return found;
}
