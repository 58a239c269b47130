import Link from "next/link";
import { StageBadge } from "@/components/ui/badge";
import { DataTable, td, th } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { ruleCountOf, type PolicyView } from "@/lib/policy/views";
import { EnabledBadge, ModeBadge } from "./policy-badges";

/** Every policy as it stands: what it guards, whether it blocks, and who changed it last. */
export function PoliciesTable({ policies }: { policies: PolicyView[] }) {
  return (
    <DataTable
      caption="Policies"
      head={
        <>
          <th className={th}>Policy</th>
          <th className={th}>Target stage</th>
          <th className={th}>Mode</th>
          <th className={th}>Status</th>
          <th className={`${th} text-right`}>Rules</th>
          <th className={`${th} text-right`}>Version</th>
          <th className={th}>Last edited</th>
        </>
      }
    >
      {policies.map((policy) => (
        <tr key={policy.id}>
          <td className={td}>
            <Link href={`/policies/${policy.id}`} className="font-medium text-indigo-700 hover:underline">
              {policy.name}
            </Link>
            {policy.description && (
              <p className="mt-0.5 line-clamp-1 text-xs text-slate-600">{policy.description}</p>
            )}
          </td>
          <td className={td}>
            <StageBadge stage={policy.targetStage} />
          </td>
          <td className={td}>
            <ModeBadge mode={policy.mode} />
          </td>
          <td className={td}>
            <EnabledBadge enabled={policy.enabled} />
          </td>
          <td className={`${td} text-right tabular-nums`}>
            {policy.rulesError ? <span className="text-amber-800">unreadable</span> : ruleCountOf(policy)}
          </td>
          <td className={`${td} text-right tabular-nums`}>v{policy.version}</td>
          <td className={td}>
            <span className="block">{policy.createdBy.name}</span>
            <span className="text-xs text-slate-600">
              <RelativeTime date={policy.createdAt} />
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
