import { createUserSchema } from "@/lib/schemas/users";
import { queryOf, readBody, withApi } from "@/lib/server/http/with-api";
import { createUser } from "@/lib/server/users/create-user";
import { listUsers } from "@/lib/server/users/list-users";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ req, principal }) => listUsers(principal, queryOf(req)), {
  permission: "admin.users",
});

export const POST = withApi(
  async ({ req, principal }) => ({
    user: await createUser(principal, await readBody(req, createUserSchema)),
  }),
  { permission: "admin.users", status: 201 },
);
