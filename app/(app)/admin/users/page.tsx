import type { Metadata } from "next";
import { Suspense } from "react";
import { CreateTeamForm } from "@/components/admin/create-team-form";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { cursorHref, Pager } from "@/components/ui/pager";
import { UsersTable } from "@/components/admin/users-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import type { Principal } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listTeams } from "@/lib/server/users/list-teams";
import { listUsers } from "@/lib/server/users/list-users";
import { createTeamAction, createUserAction, erasePersonalDataAction, updateUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ cursor?: string }> };

// The permission check comes before any Suspense boundary, so a refused visitor gets a real 403 status
// (once streaming starts, the status is already sent).
export default async function AdminUsersPage({ searchParams }: Props) {
  const principal = await requirePageUser("admin.users");
  const { cursor } = await searchParams;
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, with which roles and teams. A person can hold several roles; role changes and disabling take effect on their next request."
      />
      <Suspense fallback={<CardSkeleton label="Loading the form" rows={3} />}>
        <AddUserCard principal={principal} />
      </Suspense>
      <Suspense key={cursor ?? ""} fallback={<CardSkeleton label="Loading users" rows={8} />}>
        <UserList principal={principal} cursor={cursor} />
      </Suspense>
    </>
  );
}

async function AddUserCard({ principal }: { principal: Principal }) {
  const teams = await listTeams(principal);
  return (
    <div className="mb-6 grid gap-6 xl:grid-cols-3">
      <Card title="Add a user" className="xl:col-span-2">
        <CreateUserForm teams={teams} createUser={createUserAction} />
      </Card>
      <Card title="Teams">
        <p className="mb-3 text-sm text-slate-700">
          {teams.length ? teams.map((team) => team.name).join(", ") : "No teams yet."}
        </p>
        <CreateTeamForm createTeam={createTeamAction} />
      </Card>
    </div>
  );
}

async function UserList({ principal, cursor }: { principal: Principal; cursor?: string }) {
  const [users, teams] = await Promise.all([listUsers(principal, { cursor }), listTeams(principal)]);
  return (
    <>
      {users.items.length === 0 ? (
        <EmptyState title="No more users">This page is past the end of the list.</EmptyState>
      ) : (
        <UsersTable
          users={users.items}
          teams={teams}
          currentUserId={principal.id}
          updateUser={updateUserAction}
          erasePersonalData={erasePersonalDataAction}
        />
      )}
      <Pager nextCursor={users.nextCursor} onLaterPage={!!cursor} hrefFor={cursorHref("/admin/users")} />
    </>
  );
}
