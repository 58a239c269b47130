import type { Role } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/badge";
import { DataTable, td, th } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { UserRolesEditor, type UpdateUser } from "./user-roles-editor";
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
}: {
  users: UserRow[];
  /** every team, to choose a user's from */
  teams: { id: string; name: string }[];
  currentUserId: string;
  updateUser: UpdateUser;
}) {
  return (
    <DataTable
      caption="Users with their roles, teams, last sign-in and status"
      head={
        <>
          <th scope="col" className={th}>
            User
          </th>
          <th scope="col" className={th}>
            Roles
          </th>
          <th scope="col" className={th}>
            Teams
          </th>
          <th scope="col" className={th}>
            Last sign-in
          </th>
          <th scope="col" className={th}>
            Status
          </th>
          <th scope="col" className={th}>
            <span className="sr-only">Actions</span>
          </th>
        </>
      }
    >
      {users.map((user) => (
        <tr key={user.id} className={user.disabled ? "bg-slate-50" : undefined}>
          <td className={td}>
            <div className="font-medium">
              {user.name}
              {user.id === currentUserId && (
                <span className="ml-2 text-xs font-normal text-slate-600">(you)</span>
              )}
            </div>
            <div className="text-xs text-slate-600">{user.email}</div>
          </td>
          <td className={`${td} min-w-72`}>
            <UserRolesEditor user={user} updateUser={updateUser} />
          </td>
          <td className={`${td} min-w-56`}>
            <UserTeamsEditor user={user} teams={teams} updateUser={updateUser} />
          </td>
          <td className={td}>
            {user.lastLoginAt ? (
              <RelativeTime date={user.lastLoginAt} />
            ) : (
              <span className="text-slate-600">Never</span>
            )}
          </td>
          <td className={td}>
            {user.disabled ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>}
          </td>
          <td className={`${td} text-right`}>
            {user.id !== currentUserId && <UserStatusButton user={user} updateUser={updateUser} />}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
