import Link from "next/link";
import { CompareCheckbox } from "@/components/compare/compare-form";
import { DataTable, td, th } from "@/components/ui/data-table";
import { RiskBadge, StageBadge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ModelKind, RiskTier, Stage } from "@/generated/prisma/enums";
import { ModelKindBadge } from "./model-kind-badge";

export type VersionRow = {
  id: string;
  version: number;
  stage: Stage;
  tags: string[];
  createdAt: Date;
  model: { slug: string; name: string; kind: ModelKind; riskTier: RiskTier };
  createdBy: { name: string };
};

/** Versions across models (a tag or a dashboard filter), with their models and a compare checkbox. */
export function VersionsTable({ versions, caption }: { versions: VersionRow[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      head={
        <>
          <th scope="col" className={th}>
            <span className="sr-only">Compare</span>
          </th>
          <th scope="col" className={th}>
            Model
          </th>
          <th scope="col" className={th}>
            Kind
          </th>
          <th scope="col" className={th}>
            Risk
          </th>
          <th scope="col" className={th}>
            Version
          </th>
          <th scope="col" className={th}>
            Tags
          </th>
          <th scope="col" className={th}>
            Registered
          </th>
        </>
      }
    >
      {versions.map((version) => (
        <tr key={version.id} className="hover:bg-slate-50">
          <td className={td}>
            <CompareCheckbox id={version.id} label={`${version.model.name} v${version.version}`} />
          </td>
          <td className={td}>
            <Link
              href={`/models/${version.model.slug}`}
              className="font-medium text-indigo-700 hover:underline"
            >
              {version.model.name}
            </Link>
            <div className="font-mono text-xs text-slate-600">{version.model.slug}</div>
          </td>
          <td className={td}>
            <ModelKindBadge kind={version.model.kind} />
          </td>
          <td className={td}>
            <RiskBadge tier={version.model.riskTier} />
          </td>
          <td className={td}>
            <span className="flex items-center gap-2">
              <Link href={`/versions/${version.id}`} className="font-medium text-indigo-700 hover:underline">
                v{version.version}
              </Link>
              <StageBadge stage={version.stage} />
            </span>
          </td>
          <td className={`${td} text-xs text-slate-700`}>{version.tags.join(", ") || "None"}</td>
          <td className={`${td} whitespace-nowrap text-slate-600`}>
            <RelativeTime date={version.createdAt} /> by {version.createdBy.name}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
