import { CopyDigestButton } from "@/components/artifacts/copy-digest-button";
import { formatBytes } from "@/components/artifacts/format-bytes";
import { Badge } from "@/components/ui/badge";
import { BreakableName } from "@/components/ui/breakable-name";
import { type Column, DataTable } from "@/components/ui/data-table";
import { ARTIFACT_FORMAT_LABELS } from "@/lib/labels";
import type { ReviewArtifact } from "@/lib/promotions/review-types";

/** The files submitted with the version (fixed since the request), with the checksums to verify them by. */
const columns: Column<ReviewArtifact>[] = [
  {
    key: "name",
    header: "Name",
    cell: (artifact) => (
      <>
        {artifact.downloadUrl ? (
          <a href={artifact.downloadUrl} className="font-medium text-indigo-700 hover:underline">
            <BreakableName text={artifact.name} />
          </a>
        ) : (
          <BreakableName text={artifact.name} className="font-medium text-slate-900" />
        )}
        {artifact.isReference && (
          <span className="mt-0.5 block break-all font-mono text-xs text-slate-600">{artifact.uri}</span>
        )}
      </>
    ),
  },
  {
    key: "format",
    header: "Format",
    cell: (artifact) => <Badge>{ARTIFACT_FORMAT_LABELS[artifact.format]}</Badge>,
  },
  {
    key: "size",
    header: "Size",
    align: "right",
    className: "whitespace-nowrap tabular-nums",
    cell: (artifact) => formatBytes(artifact.sizeBytes),
  },
  {
    key: "sha256",
    header: "SHA-256",
    cell: (artifact) => (
      <span className="flex items-center gap-1">
        <code className="font-mono text-xs text-slate-700" title={artifact.sha256}>
          {artifact.sha256.slice(0, 16)}…
        </code>
        <CopyDigestButton value={artifact.sha256} label={`Copy the SHA-256 of ${artifact.name}`} />
      </span>
    ),
  },
];

export function ArtifactList({ artifacts }: { artifacts: ReviewArtifact[] }) {
  return (
    <DataTable
      caption="Artifacts of this version with format, size and SHA-256"
      columns={columns}
      rows={artifacts}
      rowKey={(artifact) => artifact.id}
      empty={<p className="text-sm text-slate-600">No artifact was registered with this version.</p>}
    />
  );
}
