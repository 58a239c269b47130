"use client";

import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import type { ServerAction } from "@/lib/action-result";
import { CheckboxSetEditor } from "./checkbox-set-editor";

export type UpdateUser = ServerAction<
  { userId: string; change: { roles?: string[]; disabled?: boolean; teamIds?: string[] } },
  unknown
>;

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Granting Admin hands over every user, role and team, so the roles editor and the add-user form ask once more. */
export const grantAdminConfirmation = (name: string) => ({
  question: `Make ${name} an admin? Admins add and disable users, change anyone's roles and teams, and read the audit trail.`,
  confirm: "Yes, grant admin",
});

/**
 * One user's roles as checkboxes; saved together, so a user can hold several at once.
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
        roles.includes("ADMIN") && !user.roles.includes("ADMIN") ? grantAdminConfirmation(user.name) : null
      }
    />
  );
}
