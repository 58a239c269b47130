"use server";

import {
  createTeamSchema,
  createUserSchema,
  erasePersonalDataActionSchema,
  updateUserActionSchema,
} from "@/lib/schemas/users";
import type { Permission } from "@/lib/auth/permissions";
import { action } from "@/lib/server/http/action";
import { createTeam } from "@/lib/server/users/create-team";
import { createUser } from "@/lib/server/users/create-user";
import { erasePersonalData } from "@/lib/server/users/erase-personal-data";
import { updateUser } from "@/lib/server/users/update-user";

const options: { permission: Permission; revalidate: string[] } = {
  permission: "admin.users",
  revalidate: ["/admin/users"],
};

export const createUserAction = action(createUserSchema, options, async (input, principal) => {
  const user = await createUser(principal, input);
  return { email: user.email };
});

export const createTeamAction = action(createTeamSchema, options, async (input, principal) => {
  const team = await createTeam(principal, input);
  return { name: team.name };
});

export const updateUserAction = action(
  updateUserActionSchema,
  options,
  async ({ userId, change }, principal) => {
    await updateUser(principal, userId, change);
  },
);

export const erasePersonalDataAction = action(
  erasePersonalDataActionSchema,
  options,
  async ({ userId }, principal) => {
    const erased = await erasePersonalData(principal, userId);
    return { events: erased.events };
  },
);
