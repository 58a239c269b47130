import { erasePersonalData } from "@/lib/server/users/erase-personal-data";
import { withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const POST = withApi<{ id: string }>(
  async ({ principal, params }) => ({ erasure: await erasePersonalData(principal, params.id) }),
  { permission: "admin.users" },
);
