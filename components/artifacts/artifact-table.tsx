import type { ArtifactFormat } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { ARTIFACT_FORMAT_LABELS } from "@/lib/labels";
import { BreakableName } from "@/components/ui/breakable-name";
import { type Column, DataTable } from "@/components/ui/data-table";
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

// Only schemes a browser can open are links; hf:// and s3:// are shown as text to copy.
const isWebLink = (uri: string) => uri.startsWith("https://");

const location = (artifact: ArtifactRow) =>
  artifact.downloadUrl ? (
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
  );

const columns: Column<ArtifactRow>[] = [
  {
    key: "name",
    header: "Name",
    rowHeader: true,
    className: "min-w-32 max-w-56",
    cell: (a) => <BreakableName text={a.name} />,
  },
  {
    key: "format",
    header: "Format",
    cell: (a) => (
      <Badge tone={a.format === "SAFETENSORS" ? "indigo" : "slate"}>{ARTIFACT_FORMAT_LABELS[a.format]}</Badge>
    ),
  },
  {
    key: "size",
    header: "Size",
    align: "right",
    className: "whitespace-nowrap tabular-nums",
    cell: (a) => (
      <span title={`${a.sizeBytes.toLocaleString("en-US")} bytes`}>{formatBytes(a.sizeBytes)}</span>
    ),
  },
  {
    key: "sha256",
    header: "SHA-256",
    className: "whitespace-nowrap",
    cell: (a) => (
      <>
        <code className="font-mono text-xs" title={a.sha256}>
          {a.sha256.slice(0, 12)}…
        </code>{" "}
        <CopyDigestButton value={a.sha256} label={`Copy the SHA-256 of ${a.name}`} />
      </>
    ),
  },
  { key: "location", header: "Location", className: "max-w-64", cell: location },
  {
    key: "facts",
    header: "Parsed facts",
    cell: (a) => <ArtifactMetadata format={a.format} metadata={a.metadata} />,
  },
];

export function ArtifactTable({ artifacts }: { artifacts: ArtifactRow[] }) {
  return (
    <DataTable
      caption="Artifacts of this version with format, size, checksum, location and parsed facts"
      columns={columns}
      rows={artifacts}
      rowKey={(artifact) => artifact.id}
    />
  );
}
