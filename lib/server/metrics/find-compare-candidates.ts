import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { idSchema } from "@/lib/schemas/common";
import { db } from "@/lib/server/db";
import { listVersions } from "@/lib/server/versions/list-versions";

export type CandidateVersion = { id: string; label: string; stage: string };
export type CompareCandidates = { selected: CandidateVersion[]; results: CandidateVersion[] | null };

const SEARCH_RESULTS = 15;
// Labels for what the URL already holds; a longer list than the comparison takes is not looked up.
const MAX_LABELLED = 10;

/**
 * What the compare page's picker needs: labels of the versions in the URL (ids that do not exist are
 * left out; the comparison itself names them) and, when `q` is given, versions of models matching it.
 */
export async function findCompareCandidates(
  principal: Principal,
  ids: string[],
  q?: string,
): Promise<CompareCandidates> {
  requirePermission(principal, "registry.read");
  const wanted = ids.filter((id) => idSchema.safeParse(id).success).slice(0, MAX_LABELLED);
  const [rows, page] = await Promise.all([
    db.modelVersion.findMany({
      where: { id: { in: wanted } },
      select: { id: true, version: true, stage: true, model: { select: { name: true } } },
    }),
    q ? listVersions(principal, { q, limit: SEARCH_RESULTS }) : null,
  ]);
  const label = (v: { version: number; model: { name: string } }) => `${v.model.name} v${v.version}`;
  const selected = wanted.flatMap((id) => {
    const row = rows.find((r) => r.id === id);
    return row ? [{ id, label: label(row), stage: row.stage }] : [];
  });
  const results = page && page.items.map((v) => ({ id: v.id, label: label(v), stage: v.stage }));
  return { selected, results };
}
