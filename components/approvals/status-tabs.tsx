import Link from "next/link";

export const APPROVAL_TABS = [
  { value: "PENDING", label: "Pending" },
  { value: "BLOCKED", label: "Blocked" },
  { value: "REJECTED", label: "Rejected" },
  { value: "APPROVED", label: "Approved" },
  { value: "WITHDRAWN", label: "Withdrawn" },
  { value: "ALL", label: "All" },
] as const;

export function StatusTabs({ current }: { current: string }) {
  return (
    <nav aria-label="Filter by status" className="mb-4 border-b border-slate-200">
      <ul className="-mb-px flex gap-1 text-sm">
        {APPROVAL_TABS.map((tab) => {
          const active = tab.value === current;
          return (
            <li key={tab.value}>
              <Link
                href={`/approvals?status=${tab.value}`}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 font-medium ${active ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
