/**
 * Checks an unpacked evidence package on its own: every file the manifest lists is there with its
 * sha256 and size, nothing else is there, and each audit event re-verifies (lib/audit/exported-event).
 * Shared by `npm run verify-evidence` and the tests.
 */
import { createHash } from "node:crypto";
import { exportedEventsProblems, type ExportedAuditEvent } from "@/lib/audit/exported-event";
import { EVIDENCE_FILES, type Manifest } from "./package-files";

export type PackageVerification = { ok: boolean; files: number; auditEvents: number; problems: string[] };

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export function verifyEvidencePackage(files: ReadonlyMap<string, Uint8Array>): PackageVerification {
  const problems: string[] = [];
  const manifestBytes = files.get(EVIDENCE_FILES.manifest);
  if (!manifestBytes) return { ok: false, files: 0, auditEvents: 0, problems: ["manifest.json is missing"] };
  const manifest = JSON.parse(Buffer.from(manifestBytes).toString("utf8")) as Manifest;
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const bytes = files.get(entry.path);
    if (!bytes) problems.push(`${entry.path}: listed in the manifest but missing`);
    else if (bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256)
      problems.push(`${entry.path}: its sha256 or size differs from the manifest`);
  }
  for (const path of files.keys())
    if (path !== EVIDENCE_FILES.manifest && !listed.has(path)) problems.push(`${path}: not in the manifest`);

  let auditEvents = 0;
  const auditBytes = files.get(EVIDENCE_FILES.auditEvents);
  if (!auditBytes) problems.push(`${EVIDENCE_FILES.auditEvents} is missing`);
  else {
    const { events } = JSON.parse(Buffer.from(auditBytes).toString("utf8")) as {
      events: ExportedAuditEvent[];
    };
    auditEvents = events.length;
    problems.push(
      ...exportedEventsProblems(events).map((problem) => `${EVIDENCE_FILES.auditEvents}: ${problem}`),
    );
  }
  return { ok: problems.length === 0, files: manifest.files.length, auditEvents, problems };
}
