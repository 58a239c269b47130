import { raiseVersionAlerts } from "@/lib/server/alerts/check-version-alerts";
import { raiseOverdueErasures } from "@/lib/server/alerts/run-alert-sweep";
import { setAliasInTransaction } from "@/lib/server/models/aliases";
import { setKeyTagInTransaction } from "@/lib/server/models/key-tags";
import { storeWebhook } from "@/lib/server/webhooks/create-webhook";
import { setWebhookEnabled } from "@/lib/server/webhooks/update-webhook";
import { openErasureRequest } from "@/lib/server/erasure/open-erasure-request";
import { DAY_MS, daysAgo, datasetVersionOf, versionOf, type SeedContext } from "./seed-context";

/**
 * What the demo's pipelines set through the MLflow-compatible API, once its promotions are done: the
 * production version is the `champion` (an alias that means production, so only a PRODUCTION version
 * may carry it), the staging one the `challenger`, and a few key-value tags.
 */
export async function seedAliasesAndTags(ctx: SeedContext) {
  const champion = versionOf(ctx, "support-assistant-eu@2");
  const challenger = versionOf(ctx, "support-assistant-eu@3");
  const actor = ctx.users[champion.createdBy];
  const modelId = champion.modelId;
  await setKeyTagInTransaction(ctx.tx, {
    actor,
    target: { entity: "model", id: modelId },
    tag: { key: "framework", value: "transformers" },
    now: daysAgo(ctx, 30),
  });
  await setKeyTagInTransaction(ctx.tx, {
    actor,
    target: { entity: "model_version", id: challenger.id },
    tag: { key: "eval_suite", value: "support-eu-2025q4" },
    now: daysAgo(ctx, 6),
  });
  for (const [alias, version, day] of [
    ["champion", champion, 20],
    ["challenger", challenger, 5],
  ] as const)
    await setAliasInTransaction(ctx.tx, {
      actor,
      modelId,
      alias,
      versionId: version.id,
      now: daysAgo(ctx, day),
    });
}

/** One webhook, two open erasure requests (one overdue), and the alerts the product's checks raised. */
export async function seedOperations(ctx: SeedContext) {
  // Through the webhook service (its secret encrypted like any other), then paused by the admin: the
  // demo sends nothing to an address outside this machine.
  const admin = ctx.users["admin@demo.local"];
  const webhook = await storeWebhook(ctx.tx, {
    actor: admin,
    input: {
      url: "https://hooks.example.com/model-registry",
      events: ["promotion.requested", "promotion.decided", "promotion.blocked", "alert.raised"],
    },
    now: daysAgo(ctx, 150),
  });
  await setWebhookEnabled(ctx.tx, {
    actor: admin,
    webhookId: webhook.id,
    enabled: false,
    now: daysAgo(ctx, 40),
  });

  // Through the product's own service, so the affected versions are what the lineage says: one
  // request opened today, and one from 40 days ago that nobody finished, overdue in the officers' inbox.
  const officer = ctx.users["officer@demo.local"];
  const erasures = [
    { dataset: "support-tickets-eu@3", subject: "customer C-0048213", openedAt: new Date() },
    { dataset: "support-tickets-eu@1", subject: "customer C-0031977", openedAt: daysAgo(ctx, 40) },
  ];
  const dueDates = [];
  for (const erasure of erasures) {
    const dueAt = new Date(erasure.openedAt.getTime() + 30 * DAY_MS);
    await openErasureRequest(ctx.tx, {
      actor: officer,
      input: {
        datasetVersionId: datasetVersionOf(ctx, erasure.dataset).id,
        subjectReference: erasure.subject,
        dueAt: dueAt.toISOString(),
        reason: "Erasure request under GDPR Article 17, received through the privacy portal.",
      },
      now: erasure.openedAt,
    });
    dueDates.push(dueAt);
  }
  await seedAlerts(ctx, dueDates[1]!);
}

/**
 * The alerts the product's own checks (lib/server/alerts) raised as the seeded history unfolded, both
 * still open: the production check's, on the first day the drifting version breached a threshold, and
 * the overdue-erasure check's, on the morning after the old request fell due. No alert is written by
 * hand, so each reads exactly as a live one would, and the next sweep finds nothing new to raise.
 */
async function seedAlerts(ctx: SeedContext, overdueErasureDueAt: Date) {
  const drifting = versionOf(ctx, "support-assistant-eu@2");
  let drift: string[] = [];
  for (let day = 30; day >= 0 && drift.length === 0; day--)
    drift = await raiseVersionAlerts(ctx.tx, drifting.id, daysAgo(ctx, day, 7));
  if (drift.length === 0) throw new Error("seed data: support-assistant-eu@2 should breach the drift watch");
  const overdue = await raiseOverdueErasures(ctx.tx, new Date(overdueErasureDueAt.getTime() + 9 * 3_600_000));
  if (overdue.length === 0) throw new Error("seed data: the old erasure request should be overdue");
}
