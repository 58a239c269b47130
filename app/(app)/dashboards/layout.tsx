import { requirePageUser } from "@/lib/server/auth/current-user";

// The permission is checked here, before any loading skeleton streams: once a response has started,
// forbidden() can no longer change its status from 200 to 403.
export default async function DashboardsLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("dashboards.read");
  return children;
}
