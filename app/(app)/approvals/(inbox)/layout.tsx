import { requirePageUser } from "@/lib/server/auth/current-user";

// The permission is checked here, before any loading skeleton streams: once a response has started,
// forbidden() can no longer change its status from 200 to 403. The inbox is for officers, who work it,
// and leadership, who follow it from the dashboard (read-only: deciding happens on a request's page,
// which checks approvals.decide). A request's own page (../[id]) is open to every reader, so
// requesters can follow theirs.
export default async function ApprovalsInboxLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("approvals.read");
  return children;
}
