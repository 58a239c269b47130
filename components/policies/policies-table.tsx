import Link from "next/link";
import { StageBadge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { ruleCountOf, type PolicyView } from "@/lib/policy/views";
import { EnabledBadge, ModeBadge } from "./policy-badges";

/** Every policy as it stands: what it guards, whether it blocks, and who changed it last. */
const columns: Column<PolicyView>[] = [
  {
    key: "policy",
    header: "Policy",
    cell: (policy) => (
      <>
        <Link href={`/policies/${policy.id}`} className="font-medium text-indigo-700 hover:underline">
          {policy.name}
        </Link>
        {policy.description && (
          <p className="mt-0.5 line-clamp-1 text-xs text-slate-600">{policy.description}</p>
        )}
      </>
    ),
  },
  { key: "stage", header: "Target stage", cell: (policy) => <StageBadge stage={policy.targetStage} /> },
  { key: "mode", header: "Mode", cell: (policy) => <ModeBadge mode={policy.mode} /> },
  { key: "status", header: "Status", cell: (policy) => <EnabledBadge enabled={policy.enabled} /> },
  {
    key: "rules",
    header: "Rules",
    align: "right",
    className: "tabular-nums",
    cell: (policy) =>
      policy.rulesError ? <span className="text-amber-800">unreadable</span> : ruleCountOf(policy),
  },
  {
    key: "version",
    header: "Version",
    align: "right",
    className: "tabular-nums",
    cell: (policy) => `v${policy.version}`,
  },
  {
    key: "edited",
    header: "Last edited",
    cell: (policy) => (
      <>
        <span className="block">{policy.createdBy.name}</span>
        <span className="text-xs text-slate-600">
          <RelativeTime date={policy.createdAt} />
        </span>
      </>
    ),
  },
];

export function PoliciesTable({ policies }: { policies: PolicyView[] }) {
  return <DataTable caption="Policies" columns={columns} rows={policies} rowKey={(policy) => policy.id} />;
}
