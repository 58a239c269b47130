import { ChangeLog } from "@/components/audit/change-log";
import { listEntityEvents } from "@/lib/server/audit/list-entity-events";

/** The model's own audit events (created, updated), newest first; the page has already authorised reading the model. */
export async function ModelChangeLog({ modelId, auditHref }: { modelId: string; auditHref?: string }) {
  const log = await listEntityEvents("model", modelId, { limit: 10 });
  return <ChangeLog events={log.items} hasMore={log.hasMore} moreHref={auditHref} />;
}
