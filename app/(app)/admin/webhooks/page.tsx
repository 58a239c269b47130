import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { cursorHref, Pager } from "@/components/ui/pager";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { WebhooksTable } from "@/components/webhooks/webhooks-table";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listWebhooks } from "@/lib/server/webhooks/get-webhook";
import { WEBHOOK_EVENT_LABELS } from "@/lib/labels";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { createWebhookAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

type Props = { searchParams: Promise<{ cursor?: string }> };

const EVENTS = WEBHOOK_EVENTS.map((value) => ({ value, label: WEBHOOK_EVENT_LABELS[value] }));

export default async function WebhooksPage({ searchParams }: Props) {
  const principal = await requirePageUser("admin.webhooks");
  const { cursor } = await searchParams;
  const webhooks = await listWebhooks(principal, { cursor });
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Endpoints told about promotions, decisions, stage changes, alerts and erasure requests. Each delivery is signed with the webhook's secret and retried with backoff when it fails; an endpoint that keeps failing is disabled and raises an alert."
      />
      <Card title="Register an endpoint" className="mb-6">
        <CreateWebhookForm events={EVENTS} createWebhook={createWebhookAction} />
      </Card>
      {webhooks.items.length === 0 ? (
        <EmptyState title={cursor ? "No more webhooks" : "No webhooks yet"}>
          Register one above; its secret is shown once, when you create it.
        </EmptyState>
      ) : (
        <WebhooksTable webhooks={webhooks.items} />
      )}
      <Pager
        nextCursor={webhooks.nextCursor}
        onLaterPage={!!cursor}
        hrefFor={cursorHref("/admin/webhooks")}
      />
    </>
  );
}
