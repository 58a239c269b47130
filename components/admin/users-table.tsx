import type { Role } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTimeOrNever } from "@/components/ui/relative-time";
import { UserRolesEditor, type UpdateUser } from "./user-roles-editor";
import { ErasePersonalDataButton, type ErasePersonalData } from "./erase-personal-data-button";
import { UserStatusButton } from "./user-status-button";
import { UserTeamsEditor } from "./user-teams-editor";

export type UserRow = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  disabled: boolean;
  lastLoginAt: Date | null;
  teams: { id: string; name: string }[];
};

export function UsersTable({
  users,
  teams,
  currentUserId,
  updateUser,
  erasePersonalData,
}: {
  users: UserRow[];
  /** every team, to choose a user's from */
  teams: { id: string; name: string }[];
  currentUserId: string;
  updateUser: UpdateUser;
  erasePersonalData: ErasePersonalData;
}) {
  const columns: Column<UserRow>[] = [
    {
      key: "user",
      header: "User",
      cell: (user) => (
        <>
          <div className="font-medium">
            {user.name}
            {user.id === currentUserId && (
              <span className="ml-2 text-xs font-normal text-slate-600">(you)</span>
            )}
          </div>
          <div className="text-xs text-slate-600">{user.email}</div>
        </>
      ),
    },
    {
      key: "roles",
      header: "Roles",
      className: "min-w-72",
      cell: (user) => <UserRolesEditor user={user} updateUser={updateUser} />,
    },
    {
      key: "teams",
      header: "Teams",
      className: "min-w-56",
      cell: (user) => <UserTeamsEditor user={user} teams={teams} updateUser={updateUser} />,
    },
    {
      key: "lastSignIn",
      header: "Last sign-in",
      cell: (user) => <RelativeTimeOrNever date={user.lastLoginAt} />,
    },
    {
      key: "status",
      header: "Status",
      cell: (user) =>
        user.disabled ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>,
    },
    {
      key: "actions",
      header: "Actions",
      hideHeader: true,
      className: "text-right",
      cell: (user) =>
        user.id !== currentUserId && (
          <div className="flex flex-col items-end gap-1">
            <UserStatusButton user={user} updateUser={updateUser} />
            <ErasePersonalDataButton user={user} erase={erasePersonalData} />
          </div>
        ),
    },
  ];
  return (
    <DataTable
      caption="Users with their roles, teams, last sign-in and status"
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      rowClassName={(user) => (user.disabled ? "bg-slate-50" : undefined)}
    />
  );
}
