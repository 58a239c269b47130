import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { cursorHref, Pager } from "@/components/ui/pager";
import { DeliveriesTable } from "@/components/webhooks/deliveries-table";
import { WebhookControls } from "@/components/webhooks/webhook-controls";
import { WebhookStatus } from "@/components/webhooks/webhooks-table";
import { AppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getWebhook } from "@/lib/server/webhooks/get-webhook";
import { listDeliveries } from "@/lib/server/webhooks/list-deliveries";
import {
  deleteWebhookAction,
  redeliverAction,
  sendTestEventAction,
  setWebhookEnabledAction,
} from "../actions";

export const metadata: Metadata = { title: "Webhook" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ cursor?: string }> };

export default async function WebhookPage({ params, searchParams }: Props) {
  const principal = await requirePageUser("admin.webhooks");
  const [{ id }, { cursor }] = await Promise.all([params, searchParams]);
  // an unknown id is the not-found page (a real 404), not the error boundary
  const webhook = await getWebhook(principal, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const deliveries = await listDeliveries(principal, id, { cursor, limit: 25 });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/webhooks" className="text-indigo-700 hover:underline">
          All webhooks
        </Link>
      </p>
      <PageHeader title="Webhook" description={webhook.url} />
      <Card className="mb-6">
        <dl className="mb-4 grid gap-3 text-sm md:grid-cols-3">
          <div>
            <dt className="font-medium text-slate-600">Status</dt>
            <dd className="mt-1">
              <WebhookStatus webhook={webhook} />
              {webhook.disabledReason && (
                <span className="ml-2 text-slate-700">{webhook.disabledReason}</span>
              )}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Events</dt>
            <dd className="mt-1 font-mono text-xs">{webhook.events.join(", ")}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Created by</dt>
            <dd className="mt-1">{webhook.createdBy.name}</dd>
          </div>
        </dl>
        <WebhookControls
          webhook={webhook}
          sendTestEvent={sendTestEventAction}
          setEnabled={setWebhookEnabledAction}
          deleteWebhook={deleteWebhookAction}
        />
      </Card>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">Delivery log</h2>
      {deliveries.items.length === 0 ? (
        <EmptyState title={cursor ? "No more deliveries" : "Nothing delivered yet"}>
          Deliveries appear here when a subscribed event happens, or when you send a test event.
        </EmptyState>
      ) : (
        <DeliveriesTable webhookId={webhook.id} deliveries={deliveries.items} redeliver={redeliverAction} />
      )}
      <Pager
        nextCursor={deliveries.nextCursor}
        onLaterPage={!!cursor}
        hrefFor={cursorHref(`/admin/webhooks/${webhook.id}`)}
      />
    </>
  );
}
