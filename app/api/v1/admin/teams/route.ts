import { createTeamSchema } from "@/lib/schemas/users";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { createTeam } from "@/lib/server/users/create-team";
import { listTeams } from "@/lib/server/users/list-teams";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ principal }) => ({ items: await listTeams(principal) }), {
  permission: "admin.users",
});

export const POST = withApi(
  async ({ req, principal }) => ({
    team: await createTeam(principal, await readBody(req, createTeamSchema)),
  }),
  { permission: "admin.users", status: 201 },
);
