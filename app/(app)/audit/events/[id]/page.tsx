import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditEventDetail } from "@/components/audit/audit-event-detail";
import { ChangeLog } from "@/components/audit/change-log";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/errors";
import { getAuditEventOrThrow, type AuditEventDetail as Detail } from "@/lib/server/audit/get-audit-event";
import { listEntityEvents } from "@/lib/server/audit/list-entity-events";
import { requirePageUser } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Audit event" };

export default async function AuditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requirePageUser("audit.read");
  const { id } = await params;
  let detail: Detail;
  try {
    detail = await getAuditEventOrThrow(principal, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const { event } = detail;
  const history = await listEntityEvents(event.entity.type, event.entity.id, { limit: 10 });
  const entityTrail = `/audit?${new URLSearchParams({ entityType: event.entity.type, entityId: event.entity.id })}`;
  return (
    <>
      <Link href="/audit" className="text-sm font-medium text-indigo-700 underline hover:text-indigo-900">
        ← Audit trail
      </Link>
      <div className="mt-3">
        <PageHeader
          title={`Event #${event.seq}`}
          description={`${event.action} on ${event.entity.type} ${event.entity.id}`}
        />
      </div>
      <AuditEventDetail {...detail} entityTrail={entityTrail} />
      <Card title={`Recent history of this ${event.entity.type.replace(/_/g, " ")}`} className="mt-6">
        <ChangeLog events={history.items} hasMore={history.hasMore} moreHref={entityTrail} />
      </Card>
    </>
  );
}
