import type { ArtifactFormat } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { BreakableName } from "@/components/ui/breakable-name";
import { DataTable, td, th } from "@/components/ui/data-table";
import { ArtifactMetadata } from "./artifact-metadata";
import { CopyDigestButton } from "./copy-digest-button";
import { formatBytes } from "./format-bytes";

export type ArtifactRow = {
  id: string;
  name: string;
  uri: string;
  sizeBytes: number;
  sha256: string;
  format: ArtifactFormat;
  isReference: boolean;
  metadata: Record<string, unknown> | null;
  /** null for references: their bytes live at `uri` */
  downloadUrl: string | null;
};

const FORMAT_LABELS: Record<ArtifactFormat, string> = {
  SAFETENSORS: "safetensors",
  GGUF: "GGUF",
  BIN: "bin",
  ADAPTER_CONFIG: "adapter config",
  MODEL_CARD: "model card",
  OTHER: "other",
};

// Only schemes a browser can open are links; hf:// and s3:// are shown as text to copy.
const isWebLink = (uri: string) => uri.startsWith("https://");

export function ArtifactTable({ artifacts }: { artifacts: ArtifactRow[] }) {
  return (
    <DataTable
      caption="Artifacts of this version with format, size, checksum, location and parsed facts"
      head={
        <>
          <th scope="col" className={th}>
            Name
          </th>
          <th scope="col" className={th}>
            Format
          </th>
          <th scope="col" className={`${th} text-right`}>
            Size
          </th>
          <th scope="col" className={th}>
            SHA-256
          </th>
          <th scope="col" className={th}>
            Location
          </th>
          <th scope="col" className={th}>
            Parsed facts
          </th>
        </>
      }
    >
      {artifacts.map((artifact) => (
        <tr key={artifact.id}>
          <th scope="row" className={`${td} min-w-32 max-w-56 text-left font-medium`}>
            <BreakableName text={artifact.name} />
          </th>
          <td className={td}>
            <Badge tone={artifact.format === "SAFETENSORS" ? "indigo" : "slate"}>
              {FORMAT_LABELS[artifact.format]}
            </Badge>
          </td>
          <td
            className={`${td} whitespace-nowrap text-right tabular-nums`}
            title={`${artifact.sizeBytes.toLocaleString("en-US")} bytes`}
          >
            {formatBytes(artifact.sizeBytes)}
          </td>
          <td className={`${td} whitespace-nowrap`}>
            <code className="font-mono text-xs" title={artifact.sha256}>
              {artifact.sha256.slice(0, 12)}…
            </code>{" "}
            <CopyDigestButton value={artifact.sha256} label={`Copy the SHA-256 of ${artifact.name}`} />
          </td>
          <td className={`${td} max-w-64`}>
            {artifact.downloadUrl ? (
              <a href={artifact.downloadUrl} className="font-medium text-indigo-700 hover:underline" download>
                Download<span className="sr-only"> {artifact.name}</span>
              </a>
            ) : (
              <>
                <span className="text-xs text-slate-600">Reference</span>
                {isWebLink(artifact.uri) ? (
                  <a
                    href={artifact.uri}
                    className="block break-all font-mono text-xs text-indigo-700 hover:underline"
                    rel="noopener noreferrer nofollow"
                  >
                    {artifact.uri}
                  </a>
                ) : (
                  <code className="block break-all font-mono text-xs">{artifact.uri}</code>
                )}
              </>
            )}
          </td>
          <td className={td}>
            <ArtifactMetadata format={artifact.format} metadata={artifact.metadata} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
