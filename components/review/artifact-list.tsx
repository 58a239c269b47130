import { CopyDigestButton } from "@/components/artifacts/copy-digest-button";
import { formatBytes } from "@/components/artifacts/format-bytes";
import { Badge } from "@/components/ui/badge";
import { BreakableName } from "@/components/ui/breakable-name";
import { DataTable, td, th } from "@/components/ui/data-table";
import type { ReviewArtifact } from "@/lib/promotions/review-types";

/** The files submitted with the version (fixed since the request), with the checksums to verify them by. */
export function ArtifactList({ artifacts }: { artifacts: ReviewArtifact[] }) {
  if (artifacts.length === 0)
    return <p className="text-sm text-slate-600">No artifact was registered with this version.</p>;
  return (
    <DataTable
      caption="Artifacts of this version with format, size and SHA-256"
      head={
        <>
          <th className={th}>Name</th>
          <th className={th}>Format</th>
          <th className={`${th} text-right`}>Size</th>
          <th className={th}>SHA-256</th>
        </>
      }
    >
      {artifacts.map((artifact) => (
        <tr key={artifact.id}>
          <td className={td}>
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
          </td>
          <td className={td}>
            <Badge>{artifact.format.toLowerCase().replace("_", " ")}</Badge>
          </td>
          <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
            {formatBytes(artifact.sizeBytes)}
          </td>
          <td className={td}>
            <span className="flex items-center gap-1">
              <code className="font-mono text-xs text-slate-700" title={artifact.sha256}>
                {artifact.sha256.slice(0, 16)}…
              </code>
              <CopyDigestButton value={artifact.sha256} label={`Copy the SHA-256 of ${artifact.name}`} />
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
