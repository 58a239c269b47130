import type { AlertKind, AlertSeverity, AlertStatus, Prisma } from "@/generated/prisma/client";
import { moveAlert } from "@/lib/server/alerts/change-alert-status";
import { raiseAlert } from "@/lib/server/alerts/raise-alert";
import { storeWebhook } from "@/lib/server/webhooks/create-webhook";
import { setWebhookEnabled } from "@/lib/server/webhooks/update-webhook";
import { openErasureRequest } from "@/lib/server/erasure/open-erasure-request";
import {
  DAY_MS,
  daysAgo,
  datasetVersionOf,
  versionOf,
  type DemoEmail,
  type SeedContext,
} from "./seed-context";

type AlertDraft = {
  version: string;
  kind: AlertKind;
  /** as the alert checks name it (lib/alerts/breaches.ts): `<policy key>/<rule id>`, and the feature */
  rule: string;
  feature: string;
  severity: AlertSeverity;
  status: AlertStatus;
  title: string;
  details: Prisma.InputJsonValue;
  raisedAt: Date;
  handled?: { by: DemoEmail; at: Date };
};

/** Alerts read from the seeded evidence, one webhook, and two open erasure requests (one overdue). */
export async function seedOperations(ctx: SeedContext) {
  for (const alert of await alertDrafts(ctx)) await seedAlert(ctx, alert);

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
  for (const erasure of erasures) {
    await openErasureRequest(ctx.tx, {
      actor: officer,
      input: {
        datasetVersionId: datasetVersionOf(ctx, erasure.dataset).id,
        subjectReference: erasure.subject,
        dueAt: new Date(erasure.openedAt.getTime() + 30 * DAY_MS).toISOString(),
        reason: "Erasure request under GDPR Article 17, received through the privacy portal.",
      },
      now: erasure.openedAt,
    });
  }
}

/** What the recorded evidence of a version says, read back as any reader of the registry would. */
async function recordedFigures(ctx: SeedContext) {
  const drifting = versionOf(ctx, "support-assistant-eu@2");
  const [psiRows, blocked, toxic] = await Promise.all([
    ctx.tx.driftObservation.findMany({
      where: { versionId: drifting.id, feature: "prediction", metric: "PSI" },
      orderBy: { windowStart: "asc" },
      select: { windowStart: true, value: true },
    }),
    ctx.tx.fairnessReport.findFirst({
      where: { versionId: versionOf(ctx, "claims-fast-track@2").id, disparateImpactRatio: { lt: 0.8 } },
      select: { attribute: true, disparateImpactRatio: true, groups: true },
    }),
    ctx.tx.metricValue.findFirst({
      where: {
        name: "toxic_rate",
        slice: null,
        run: { suite: "toxicity", versionId: versionOf(ctx, "ticket-summarizer@2").id },
      },
      select: { value: true },
    }),
  ]);
  if (!blocked) throw new Error("seed data: claims-fast-track@2 should fail the four-fifths rule");
  if (!toxic) throw new Error("seed data: ticket-summarizer@2 should have a toxic rate");
  return {
    psi: psiRows.map((row): [number, number] => [row.windowStart.getTime(), row.value ?? 0]),
    blocked: {
      attribute: blocked.attribute,
      disparateImpactRatio: blocked.disparateImpactRatio!,
      groups: blocked.groups as { group: string; selectionRate: number }[],
    },
    toxicRate: toxic.value,
  };
}

async function alertDrafts(ctx: SeedContext): Promise<AlertDraft[]> {
  const drifting = "support-assistant-eu@2";
  const { psi, blocked, toxicRate } = await recordedFigures(ctx);
  const firstAbove = (level: number) => {
    // the first day of the current run of days above the level
    let start: [number, number] | undefined;
    for (const day of psi) start = day[1] > level ? (start ?? day) : undefined;
    if (!start) throw new Error(`seed data: ${drifting} never stays above PSI ${level}`);
    return { at: new Date(start[0] + DAY_MS + 3_600_000), value: start[1] };
  };
  const warning = firstAbove(0.1);
  const critical = firstAbove(0.2);
  const latest = psi.at(-1)![1];

  return [
    {
      version: drifting,
      kind: "DRIFT",
      rule: "psi-convention/warn",
      feature: "prediction",
      severity: "WARNING",
      status: "ACKNOWLEDGED",
      title: `Prediction PSI above 0.1 (${warning.value.toFixed(3)})`,
      details: { feature: "prediction", metric: "PSI", value: warning.value, threshold: 0.1 },
      raisedAt: warning.at,
      handled: { by: "scientist@demo.local", at: new Date(warning.at.getTime() + 5 * 3_600_000) },
    },
    {
      version: drifting,
      kind: "DRIFT",
      // what the production check raises for this breach, so its next sweep finds it already open
      rule: "production-drift-watch/prediction-psi",
      feature: "prediction",
      severity: "CRITICAL",
      status: "OPEN",
      title: `Prediction PSI above 0.2 (latest ${latest.toFixed(3)})`,
      details: {
        feature: "prediction",
        metric: "PSI",
        value: latest,
        firstValue: critical.value,
        threshold: 0.2,
      },
      raisedAt: critical.at,
    },
    {
      version: "claims-fast-track@2",
      kind: "FAIRNESS",
      rule: "staging-baseline/four-fifths",
      feature: blocked.attribute,
      severity: "CRITICAL",
      status: "OPEN",
      title: `Disparate impact ${blocked.disparateImpactRatio.toFixed(2)} on age band, below the four-fifths rule`,
      details: {
        metric: "disparate_impact_ratio",
        value: blocked.disparateImpactRatio,
        threshold: 0.8,
        groups: blocked.groups.map((g) => ({ group: g.group, selectionRate: g.selectionRate })),
      },
      raisedAt: daysAgo(ctx, 19, 12),
    },
    {
      version: "ticket-summarizer@2",
      kind: "EVALUATION",
      rule: "production-release/toxicity-ceiling",
      feature: "",
      severity: "WARNING",
      status: "RESOLVED",
      title: `Toxic rate ${(toxicRate * 100).toFixed(1)}% above the 2% ceiling`,
      details: { suite: "toxicity", metric: "toxic_rate", value: toxicRate, threshold: 0.02 },
      raisedAt: daysAgo(ctx, 21, 11),
      handled: { by: "scientist@demo.local", at: daysAgo(ctx, 5, 16) },
    },
  ];
}

/** Each alert through the alert service: raised by the system, then handled by the demo person the story names. */
async function seedAlert(ctx: SeedContext, draft: AlertDraft) {
  const version = versionOf(ctx, draft.version);
  const id = await raiseAlert(ctx.tx, {
    versionId: version.id,
    kind: draft.kind,
    severity: draft.severity,
    rule: draft.rule,
    feature: draft.feature,
    title: `${version.slug} v${version.version}: ${draft.title}`,
    details: draft.details,
    at: draft.raisedAt,
  });
  if (!id) throw new Error(`seed data: two open alerts for ${draft.version} ${draft.rule} ${draft.feature}`);
  if (draft.handled)
    await moveAlert(ctx.tx, {
      actor: ctx.users[draft.handled.by],
      alertId: id,
      move: draft.status === "RESOLVED" ? "resolve" : "acknowledge",
      now: draft.handled.at,
    });
}
