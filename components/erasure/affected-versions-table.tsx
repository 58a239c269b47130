import Link from "next/link";
import { Badge, StageBadge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { ServerAction } from "@/lib/action-result";
import { ERASURE_DISPOSITION_LABELS } from "@/lib/labels";
import { DispositionForm, type DispositionInput } from "./disposition-form";

type AffectedRow = {
  versionId: string;
  model: { slug: string; name: string };
  version: number;
  stage: string;
  via: "direct" | "descendant";
  team: { name: string };
  owner: { name: string } | null;
  disposition: keyof typeof ERASURE_DISPOSITION_LABELS | null;
  reason: string | null;
  decidedBy: { name: string } | null;
  promotionRequestId: string | null;
};

/** Every version the request reaches, how, who owns it, and its disposition (or the form to set one). */
export function AffectedVersionsTable({
  rows,
  decide,
}: {
  rows: AffectedRow[];
  decide: ServerAction<DispositionInput, { status: string }> | null;
}) {
  const columns: Column<AffectedRow>[] = [
    {
      key: "version",
      header: "Version",
      rowHeader: true,
      cell: (row) => (
        <Link href={`/versions/${row.versionId}`} className="text-indigo-700 hover:underline">
          {row.model.name} v{row.version}
        </Link>
      ),
    },
    { key: "stage", header: "Stage", cell: (row) => <StageBadge stage={row.stage} /> },
    {
      key: "via",
      header: "How",
      cell: (row) =>
        row.via === "direct" ? (
          <Badge tone="red">Trained on it</Badge>
        ) : (
          <Badge tone="amber">Descendant</Badge>
        ),
    },
    {
      key: "owner",
      header: "Owner",
      cell: (row) => `${row.team.name}${row.owner ? ` · ${row.owner.name}` : ""}`,
    },
    {
      key: "disposition",
      header: "Disposition",
      cell: (row) =>
        row.disposition ? (
          <div className="space-y-0.5">
            <span className="font-medium">{ERASURE_DISPOSITION_LABELS[row.disposition]}</span>
            {row.reason && <p className="text-xs text-slate-600">{row.reason}</p>}
            {row.decidedBy && <p className="text-xs text-slate-600">by {row.decidedBy.name}</p>}
            {row.promotionRequestId && (
              <Link
                href={`/approvals/${row.promotionRequestId}`}
                className="text-xs text-indigo-700 hover:underline"
              >
                Archive request
              </Link>
            )}
          </div>
        ) : decide ? (
          <DispositionForm versionId={row.versionId} decide={decide} />
        ) : (
          <span className="text-slate-500">Undecided</span>
        ),
    },
  ];
  return (
    <DataTable
      caption="Affected model versions"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.versionId}
      rowProps={(row) => ({ "data-version-id": row.versionId })}
    />
  );
}
