import Link from "next/link";
import { inboxHref, type InboxParams } from "./inbox-params";

export const APPROVAL_TABS = [
  { value: "PENDING", label: "Pending" },
  { value: "BLOCKED", label: "Blocked" },
  { value: "REJECTED", label: "Rejected" },
  { value: "APPROVED", label: "Approved" },
  { value: "WITHDRAWN", label: "Withdrawn" },
  { value: "ALL", label: "All" },
] as const;

/** Status tabs that keep the filters (and drop the cursor: a new tab starts on its first page). */
export function StatusTabs({ params }: { params: InboxParams }) {
  return (
    <nav aria-label="Filter by status" className="mb-4 border-b border-slate-200">
      <ul className="-mb-px flex gap-1 text-sm">
        {APPROVAL_TABS.map((tab) => {
          const active = tab.value === params.status;
          return (
            <li key={tab.value}>
              <Link
                href={inboxHref({ ...params, status: tab.value, cursor: undefined })}
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
