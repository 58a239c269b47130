import "server-only";
import type { ExportedAuditEvent } from "@/lib/audit/exported-event";
import { toJsonValue, type JsonValue } from "@/lib/audit/canonical-json";
import { GENESIS_HASH } from "@/lib/audit/hash-chain";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { EVIDENCE_FILES } from "@/lib/evidence/package-files";
import { renderEvidenceReport, type ReportData } from "@/lib/evidence/report-html";
import { AUDIT_EVENT_SELECT, toStoredEvent, type AuditEventRow } from "@/lib/server/audit/audit-event-dto";
import { loadSeals } from "@/lib/server/audit/load-seals";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { verifyAuditChain, type ChainVerification } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db";
import { getVersionOrThrow } from "@/lib/server/versions/get-version";
import { gatherEvidenceParts, type EvidenceParts } from "./gather-evidence-parts";
import { reportData } from "./report-data";
import { utf8, zipWithManifest, type ZipPart } from "./zip-stream";

const AUDIT_PAGE = 500;
/** The report lists this many events; audit-events.json holds all of them. */
const REPORT_EVENTS = 300;

const EVIDENCE_EXPORTED = "model_version.evidence_exported";

/**
 * A version's evidence package (docs/evidence-package.md): anyone who may read the version may export
 * it. The export is audited first, so the package carries its own export event and the chain it
 * verifies includes it. The zip streams: JSON parts, then the audit events a page at a time, then the
 * report (which sums up what was streamed) and the manifest.
 */
export async function openEvidencePackage(principal: Principal, versionId: string) {
  requirePermission(principal, "registry.read");
  const version = await getVersionOrThrow(principal, versionId);
  const exportedAt = new Date();
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: principal,
      action: EVIDENCE_EXPORTED,
      entityType: "model_version",
      entityId: versionId,
      occurredAt: exportedAt,
    }),
  );
  const [parts, chain, seals] = await Promise.all([
    gatherEvidenceParts(principal, version),
    verifyAuditChain(),
    loadSeals(),
  ]);
  const stamp = exportedAt.toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return {
    filename: `evidence-${version.model.slug}-v${version.version}-${stamp}.zip`,
    stream: zipWithManifest(
      packageParts(parts, chain, seals, { exportedAt: exportedAt.toISOString(), exportedBy: principal.name }),
      EVIDENCE_FILES.manifest,
    ),
  };
}

const json =
  (value: unknown): ZipPart["content"] =>
  () => [utf8(JSON.stringify(toJsonValue(value), null, 2))];

async function* packageParts(
  parts: EvidenceParts,
  chain: ChainVerification,
  seals: ReadonlyMap<string, string>,
  exported: { exportedAt: string; exportedBy: string },
): AsyncGenerator<ZipPart> {
  const { metrics } = parts;
  yield { path: EVIDENCE_FILES.version, content: json(parts.version) };
  yield { path: EVIDENCE_FILES.lineage, content: json(parts.lineage) };
  yield { path: EVIDENCE_FILES.datasets, content: json({ items: parts.datasets }) };
  yield {
    path: EVIDENCE_FILES.evaluations,
    content: json({
      version: metrics.version,
      parent: metrics.parent,
      base: metrics.base,
      items: metrics.evaluations,
    }),
  };
  yield { path: EVIDENCE_FILES.fairness, content: json(metrics.fairness) };
  yield { path: EVIDENCE_FILES.drift, content: json(metrics.drift) };
  yield { path: EVIDENCE_FILES.promotions, content: json({ items: parts.promotions }) };
  const audit: ReportData["audit"] = { count: 0, shown: [] };
  yield {
    path: EVIDENCE_FILES.auditEvents,
    content: () => auditEventsJson(parts.entities, seals, audit),
  };
  yield {
    path: EVIDENCE_FILES.chainVerification,
    content: json({ ...chain, verifiedAt: exported.exportedAt }),
  };
  yield {
    path: EVIDENCE_FILES.report,
    content: () => [utf8(renderEvidenceReport(reportData(parts, chain, audit, exported)))],
  };
}

/** The version's events, oldest first, a page at a time; counts them and keeps the first few for the report. */
async function* auditEventsJson(
  entities: EvidenceParts["entities"],
  seals: ReadonlyMap<string, string>,
  summary: ReportData["audit"],
): AsyncGenerator<Uint8Array> {
  yield utf8(
    `{"hashRule":"hash = sha256(prevHash + JCS(event)), JCS being RFC 8785 canonical JSON; an event with a seal: sha256(JCS(event)) = seal",` +
      `"personalDigestRule":"event.personalDigest = sha256(personal.salt + JCS({ actorEmail, changes } of personal))",` +
      `"genesisHash":"${GENESIS_HASH}","events":[`,
  );
  let afterSeq: bigint | null = null;
  for (;;) {
    const rows: AuditEventRow[] = await db.auditEvent.findMany({
      where: { OR: entities, ...(afterSeq === null ? {} : { seq: { gt: afterSeq } }) },
      orderBy: { seq: "asc" },
      take: AUDIT_PAGE,
      select: AUDIT_EVENT_SELECT,
    });
    if (rows.length === 0) break;
    const lines = rows.map((row) => {
      if (summary.shown.length < REPORT_EVENTS)
        summary.shown.push({
          seq: row.seq.toString(),
          occurredAt: row.occurredAt.toISOString(),
          action: row.action,
          entity: `${row.entityType} ${row.entityId}`,
          hash: row.hash,
        });
      return JSON.stringify(exportedEvent(row, seals.get(row.id)));
    });
    yield utf8(`${summary.count === 0 ? "\n" : ",\n"}${lines.join(",\n")}`);
    summary.count += rows.length;
    afterSeq = rows[rows.length - 1]!.seq;
    if (rows.length < AUDIT_PAGE) break;
  }
  yield utf8("\n]}\n");
}

function exportedEvent(row: AuditEventRow, seal: string | undefined): ExportedAuditEvent {
  const { prevHash, hash, seal: _seal, ...event } = toStoredEvent(row, seal);
  return {
    event: event as ExportedAuditEvent["event"],
    prevHash,
    hash,
    ...(seal !== undefined ? { seal } : {}),
    ...(row.scheme >= 2 && row.personal
      ? {
          personal: {
            actorEmail: row.personal.actorEmail,
            changes: (toJsonValue(row.personal.changes ?? null) as Record<string, JsonValue> | null) ?? null,
            salt: row.personal.salt,
          },
        }
      : {}),
  };
}
