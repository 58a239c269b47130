"use client";

import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import type { ServerAction } from "@/lib/action-result";
import { CheckboxSetEditor } from "./checkbox-set-editor";

export type UpdateUser = ServerAction<
  { userId: string; change: { roles?: string[]; disabled?: boolean; teamIds?: string[] } },
  unknown
>;

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/**
 * One user's roles as checkboxes; saved together, so a user can hold several at once. Granting Admin
 * hands over every user, role and team, so it asks once more.
 */
export function UserRolesEditor({
  user,
  updateUser,
}: {
  user: { id: string; name: string; roles: Role[] };
  updateUser: UpdateUser;
}) {
  return (
    <CheckboxSetEditor
      legend={`Roles of ${user.name}`}
      field="roles"
      noun="roles"
      options={ROLE_OPTIONS}
      initial={user.roles}
      save={(roles) => updateUser({ userId: user.id, change: { roles } })}
      confirmation={(roles) =>
        roles.includes("ADMIN") && !user.roles.includes("ADMIN")
          ? {
              question: `Make ${user.name} an admin? Admins add and disable users, change anyone's roles and teams, and read the audit trail.`,
              confirm: "Yes, grant admin",
            }
          : null
      }
    />
  );
}
