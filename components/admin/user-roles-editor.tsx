"use client";

import { useState, useTransition } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { fieldError, type ServerAction } from "@/lib/action-result";

export type UpdateUser = ServerAction<
  { userId: string; change: { roles?: string[]; disabled?: boolean } },
  unknown
>;

/** One user's roles as checkboxes; saved together, so a user can hold several at once. */
export function UserRolesEditor({
  user,
  updateUser,
}: {
  user: { id: string; name: string; roles: Role[] };
  updateUser: UpdateUser;
}) {
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const changed = roles.length !== user.roles.length || roles.some((role) => !user.roles.includes(role));
  const errorId = `roles-${user.id}-error`;

  function toggle(role: Role, checked: boolean) {
    setSaved(false);
    setError(undefined);
    setRoles((current) =>
      checked ? ROLES.filter((r) => r === role || current.includes(r)) : current.filter((r) => r !== role),
    );
  }

  function save() {
    startTransition(async () => {
      const result = await updateUser({ userId: user.id, change: { roles } });
      if (result.ok) setSaved(true);
      else setError(fieldError(result.fields, "roles") ?? result.message);
    });
  }

  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="sr-only">Roles of {user.name}</legend>
      <div className="grid grid-cols-2 gap-x-4 gap-y-1">
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
              className="h-4 w-4 rounded border-slate-400"
            />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </div>
      <div className="mt-2 flex items-center gap-2">
        {changed && (
          <>
            <Button variant="secondary" onClick={save} disabled={pending}>
              {pending ? "Saving…" : "Save roles"}
            </Button>
            <Button
              variant="ghost"
              onClick={() => (setRoles(user.roles), setError(undefined))}
              disabled={pending}
            >
              Undo
            </Button>
          </>
        )}
        {saved && !changed && (
          <span role="status" className="text-xs text-emerald-800">
            Roles saved
          </span>
        )}
      </div>
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
