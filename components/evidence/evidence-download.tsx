import { buttonClass } from "@/components/ui/button";

/**
 * The version's evidence package for auditors (docs/evidence-package.md): a plain link to the API,
 * which the browser's session authorises and which answers a zip as an attachment.
 */
export function EvidenceDownload({ versionId }: { versionId: string }) {
  return (
    <a
      href={`/api/v1/versions/${encodeURIComponent(versionId)}/evidence`}
      download
      className={buttonClass("secondary")}
      title="A zip with a printable report, the evidence as JSON, the audit events with their hashes and a manifest"
    >
      Download evidence
    </a>
  );
}
