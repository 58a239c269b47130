import "server-only";
import { recordAudit, type UserActor } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";
import type { ErasureReach } from "@/lib/server/versions/check-version-references";

type LockedErasure = ErasureReach & { status: string };

/**
 * The erasure requests a new version falls under, locked before the version is written: the version's
 * statement takes the audit chain's lock, and a disposition takes the request's row lock before its own
 * audit event, so taking them in the other order could deadlock the two.
 */
export async function lockErasureRequests(tx: Tx, erasures: ErasureReach[]): Promise<LockedErasure[]> {
  if (erasures.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id, status::text FROM "ErasureRequest"
    WHERE id = ANY(${erasures.map((e) => e.requestId)}) ORDER BY id FOR UPDATE`;
  const status = new Map(rows.map((row) => [row.id, row.status]));
  return erasures.flatMap((e) =>
    status.has(e.requestId) ? [{ ...e, status: status.get(e.requestId)! }] : [],
  );
}

/**
 * A version registered on data under an open erasure request (its datasets, or a parent the request
 * already reaches) joins that request's affected versions, in the registration's transaction: an
 * officer who closes the request has then decided on every version the data reached, including those
 * trained after it was opened. Audited on the request as `erasure_request.version_added`. A request
 * completed meanwhile (its last disposition committed while this registration waited) is reopened, as
 * it now has a version to decide; a rejected one takes nothing in.
 */
export async function coverNewVersion(
  tx: Tx,
  {
    versionId,
    requests,
    actor,
    now,
  }: { versionId: string; requests: LockedErasure[]; actor: UserActor; now: Date },
) {
  const covering = requests.filter((request) => request.status !== "REJECTED");
  if (covering.length === 0) return;
  await tx.erasureAffectedVersion.createMany({
    data: covering.map(({ requestId, via }) => ({ requestId, versionId, via })),
  });
  for (const { requestId, via, status } of covering) {
    const reopened = status === "COMPLETED";
    if (reopened)
      await tx.erasureRequest.update({
        where: { id: requestId },
        data: { status: "IN_PROGRESS", closedAt: null },
        select: { id: true },
      });
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      action: "erasure_request.version_added",
      entityType: "erasure_request",
      entityId: requestId,
      changes: {
        versionId,
        via: via === "DIRECT" ? "direct" : "descendant",
        ...(reopened ? { status: { from: "COMPLETED", to: "IN_PROGRESS" } } : {}),
      },
      occurredAt: now,
    });
  }
}
