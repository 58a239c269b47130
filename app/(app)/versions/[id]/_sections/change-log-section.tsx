import { ChangeLog } from "@/components/audit/change-log";
import { listEntityEvents } from "@/lib/server/audit/list-entity-events";

const SHOWN = 50;

/**
 * The version's own events and those of its artifacts (uploads and references are audited on the artifact),
 * merged newest first. The page has already authorised reading the version; listEntityEvents does not check.
 */
export async function ChangeLogSection({
  versionId,
  artifactIds,
  auditHref,
}: {
  versionId: string;
  artifactIds: string[];
  auditHref?: string;
}) {
  const logs = await Promise.all([
    listEntityEvents("model_version", versionId, { limit: SHOWN }),
    ...artifactIds.slice(0, SHOWN).map((id) => listEntityEvents("artifact", id, { limit: 5 })),
  ]);
  const events = logs.flatMap((log) => log.items).sort((a, b) => (BigInt(b.seq) > BigInt(a.seq) ? 1 : -1));
  const hasMore = events.length > SHOWN || artifactIds.length > SHOWN || logs.some((log) => log.hasMore);
  return <ChangeLog events={events.slice(0, SHOWN)} hasMore={hasMore} moreHref={auditHref} />;
}
