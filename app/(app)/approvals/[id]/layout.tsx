import { requirePageUser } from "@/lib/server/auth/current-user";
import { loadRequest } from "./load-request";

// Role and existence are checked here, before the loading skeleton streams, so a refusal is a real 403
// and an unknown id a real 404 (their pages come from the parent segments). Every reader may open a
// request: data scientists follow their own here, officers decide here.
export default async function ReviewLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const principal = await requirePageUser("registry.read");
  await loadRequest(principal, (await params).id);
  return children;
}
