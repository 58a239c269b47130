import { updateUserSchema } from "@/lib/schemas/users";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { getUserOrThrow } from "@/lib/server/users/get-user";
import { updateUser } from "@/lib/server/users/update-user";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(
  async ({ principal, params }) => ({ user: await getUserOrThrow(principal, params.id) }),
  {
    permission: "admin.users",
  },
);

export const PATCH = withApi<{ id: string }>(
  async ({ req, principal, params }) => ({
    user: await updateUser(principal, params.id, await readBody(req, updateUserSchema)),
  }),
  { permission: "admin.users" },
);
