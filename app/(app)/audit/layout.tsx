import { requirePageUser } from "@/lib/server/auth/current-user";

/**
 * The permission check runs here, outside the Suspense boundary of the list's loading.tsx, so a reader
 * without audit.read gets a real 403 status rather than a 200 with the 403 page streamed into it.
 * (The event page sits outside that boundary too, so a missing event is a real 404.)
 */
export default async function AuditLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("audit.read");
  return children;
}
