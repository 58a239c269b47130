import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { addLineageEdgeSchema } from "@/lib/schemas/lineage";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";
import { parseInput } from "@/lib/validation";

// Every later edge addition takes this transaction-scoped lock before its cycle check, so two additions
// that are each fine alone (A -> B and B -> A) cannot both pass against the same snapshot. Additions are
// rare (imports, corrections), so one global lock costs nothing that matters. Registration needs no lock:
// a new version has no children yet, so its parent edges cannot close a cycle.
const LINEAGE_WRITE_LOCK = 727_003;

/** Is `ancestorId` reachable by walking up from `versionId`? One recursive query; UNION ends on any cycle. */
async function isAncestor(tx: Tx, ancestorId: string, versionId: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE up (id) AS (
      SELECT ${versionId}::text
      UNION
      SELECT e."parentId" FROM up JOIN "LineageEdge" e ON e."childId" = up.id
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${ancestorId}) AS found`;
  return row?.found ?? false;
}

/**
 * Adds parent -> child between two existing versions (e.g. importing an existing tree) and keeps the
 * lineage acyclic: 409 for a self-edge, an edge that exists, a second adapter base, or a cycle.
 * `input` is raw (a request body, form values): it is parsed against addLineageEdgeSchema here.
 */
export async function addLineageEdge(principal: Principal, childId: string, input: unknown) {
  requirePermission(principal, "versions.write");
  const { parentId, relation } = parseInput(addLineageEdgeSchema, input);
  const child = await db.modelVersion.findUnique({
    where: { id: childId },
    select: { id: true, model: { select: { teamId: true, createdById: true } } },
  });
  if (!child) throw notFound("Model version");
  const parent = await db.modelVersion.findUnique({ where: { id: parentId }, select: { id: true } });
  if (!parent) throw notFound("Parent version");
  await requireOwnership(principal, child.model, "this version's model");
  if (parentId === childId)
    throw conflict("A version cannot be its own parent", { parentId: "Is this version itself" });

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LINEAGE_WRITE_LOCK})`;
    const existing = await tx.lineageEdge.findUnique({
      where: { parentId_childId: { parentId, childId } },
      select: { id: true },
    });
    if (existing)
      throw conflict("This version already has that parent", {
        parentId: "Already a parent of this version",
      });
    if (relation === "ADAPTER_OF") {
      // The API's rule: an adapter's base is its one ADAPTER_OF parent.
      const base = await tx.lineageEdge.findFirst({
        where: { childId, relation: "ADAPTER_OF" },
        select: { id: true },
      });
      if (base)
        throw conflict("This version already has an adapter base", {
          relation: "Only one ADAPTER_OF parent is allowed",
        });
    }
    if (await isAncestor(tx, childId, parentId)) {
      throw conflict("That parent descends from this version: the edge would create a cycle", {
        parentId: "Descends from this version",
      });
    }
    const edge = await tx.lineageEdge.create({
      data: { parentId, childId, relation },
      select: { id: true, parentId: true, childId: true, relation: true, createdAt: true },
    });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "lineage_edge.added",
      entityType: "lineage_edge",
      entityId: edge.id,
      changes: { parentId, childId, relation },
    });
    return { edge };
  });
}
