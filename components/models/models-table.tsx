import Link from "next/link";
import { DataTable, td, th } from "@/components/ui/data-table";
import { RiskBadge, StageBadge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ModelKind, RiskTier, Stage } from "@/generated/prisma/enums";
import { ModelKindBadge } from "./model-kind-badge";

export type ModelRow = {
  id: string;
  slug: string;
  name: string;
  kind: ModelKind;
  riskTier: RiskTier;
  hfId: string | null;
  updatedAt: Date;
  team: { slug: string; name: string };
  versionCount: number;
  latestVersion: { id: string; version: number; stage: Stage } | null;
};

export function ModelsTable({ models }: { models: ModelRow[] }) {
  return (
    <DataTable
      caption="Models"
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
            Team
          </th>
          <th scope="col" className={th}>
            Latest version
          </th>
          <th scope="col" className={th}>
            Updated
          </th>
        </>
      }
    >
      {models.map((model) => (
        <tr key={model.id} className="hover:bg-slate-50">
          <td className={td}>
            <Link href={`/models/${model.slug}`} className="font-medium text-indigo-700 hover:underline">
              {model.name}
            </Link>
            <div className="font-mono text-xs text-slate-600">{model.slug}</div>
          </td>
          <td className={td}>
            <ModelKindBadge kind={model.kind} />
          </td>
          <td className={td}>
            <RiskBadge tier={model.riskTier} />
          </td>
          <td className={td}>{model.team.name}</td>
          <td className={td}>
            {model.latestVersion ? (
              <span className="flex items-center gap-2">
                <Link
                  href={`/versions/${model.latestVersion.id}`}
                  className="font-medium text-indigo-700 hover:underline"
                >
                  v{model.latestVersion.version}
                </Link>
                <StageBadge stage={model.latestVersion.stage} />
                <span className="text-xs text-slate-600">
                  {model.versionCount} version{model.versionCount === 1 ? "" : "s"}
                </span>
              </span>
            ) : (
              <span className="text-slate-600">No versions yet</span>
            )}
          </td>
          <td className={`${td} whitespace-nowrap text-slate-600`}>
            <RelativeTime date={model.updatedAt} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
