import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { NextPageLink } from "@/components/admin/next-page-link";
import { UsersTable } from "@/components/admin/users-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listTeams } from "@/lib/server/users/list-teams";
import { listUsers } from "@/lib/server/users/list-users";
import { createUserAction, updateUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ cursor?: string }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const principal = await requirePageUser("admin.users");
  const { cursor } = await searchParams;
  const [users, teams] = await Promise.all([listUsers(principal, { cursor }), listTeams(principal)]);

  return (
    <>
      <PageHeader title="Users" description="Who can sign in, with which roles and teams. A person can hold several roles; role changes and disabling take effect on their next request." />
      <Card title="Add a user" className="mb-6">
        <CreateUserForm teams={teams} createUser={createUserAction} />
      </Card>
      {users.items.length === 0 ? (
        <EmptyState title="No more users">This page is past the end of the list.</EmptyState>
      ) : (
        <UsersTable users={users.items} currentUserId={principal.id} updateUser={updateUserAction} />
      )}
      <NextPageLink basePath="/admin/users" nextCursor={users.nextCursor} onLaterPage={!!cursor} />
    </>
  );
}
