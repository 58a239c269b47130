import "server-only";
import { notFound } from "@/lib/errors";
import { paginationSchema } from "@/lib/schemas/common";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { parseInput } from "@/lib/validation";
import { artifactSelect, toArtifactView } from "./artifact-view";

/** GET /versions/{id}/artifacts: newest first, keyset-paginated. Readable by every role (registry.read). */
export async function listArtifacts(versionId: string, query: unknown) {
  const { limit, cursor } = parseInput(paginationSchema, query);
  const position = decodeCursor(cursor);
  const version = await db.modelVersion.findUnique({ where: { id: versionId }, select: { id: true } });
  if (!version) throw notFound("The version");
  // The (versionId, name) unique index narrows to one version's few artifacts; ordering them is cheap.
  const rows = await db.artifact.findMany({
    where: { versionId, ...afterCursor(position) },
    orderBy: keysetOrder,
    take: limit + 1,
    select: artifactSelect,
  });
  const { items, nextCursor } = toPage(rows, limit);
  return { items: items.map(toArtifactView), nextCursor };
}
