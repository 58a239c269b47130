"use client";

import { CheckboxSetEditor } from "./checkbox-set-editor";
import type { UpdateUser } from "./user-roles-editor";

/** The teams a user belongs to (which decides the models and datasets they may change), saved together. */
export function UserTeamsEditor({
  user,
  teams,
  updateUser,
}: {
  user: { id: string; name: string; teams: { id: string }[] };
  teams: { id: string; name: string }[];
  updateUser: UpdateUser;
}) {
  if (teams.length === 0) return <span className="text-slate-600">No teams yet</span>;
  return (
    <CheckboxSetEditor
      legend={`Teams of ${user.name}`}
      field="teamIds"
      noun="teams"
      options={teams.map((team) => ({ value: team.id, label: team.name }))}
      initial={user.teams.map((team) => team.id)}
      save={(teamIds) => updateUser({ userId: user.id, change: { teamIds } })}
    />
  );
}
