import Link from "next/link";
import { DataTable, td, th } from "@/components/ui/data-table";
import { RiskBadge, StageBadge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ModelKind, RiskTier, Stage } from "@/generated/prisma/enums";
import { ModelKindBadge } from "./model-kind-badge";

export type TaggedVersionRow = {
  id: string;
  version: number;
  stage: Stage;
  tags: string[];
  createdAt: Date;
  model: { slug: string; name: string; kind: ModelKind; riskTier: RiskTier };
  createdBy: { name: string };
};

/** Tags belong to versions, so a tag filter lists the matching versions with their models. */
export function TaggedVersionsTable({ versions, tag }: { versions: TaggedVersionRow[]; tag: string }) {
  return (
    <DataTable
      caption={`Versions tagged ${tag}`}
      head={
        <>
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
          <td className={`${td} text-xs text-slate-700`}>{version.tags.join(", ")}</td>
          <td className={`${td} whitespace-nowrap text-slate-600`}>
            <RelativeTime date={version.createdAt} /> by {version.createdBy.name}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
