import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { idSchema, paginationSchema, slugSchema } from "@/lib/schemas/common";
import { nameText } from "@/lib/schemas/names";

export const MIN_PASSWORD_LENGTH = 12;

const rolesSchema = z
  .array(z.enum(ROLES, "Not a role"), "A list of roles")
  .min(1, "Give at least one role")
  // Kept in the order of ROLES, without duplicates, so a role change compares as sets.
  .transform((roles) => ROLES.filter((role) => roles.includes(role)));

const teamIdsSchema = z.array(idSchema, "A list of team ids").max(50, "At most 50 teams");

export const createUserSchema = z.object({
  email: z
    .string("Required")
    .trim()
    .toLowerCase()
    .min(1, "Required")
    .max(254, "At most 254 characters")
    .pipe(z.email("Not an email address")),
  name: nameText(100),
  roles: rolesSchema,
  // Optional: a user who signs in only through single sign-on has no password here.
  password: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)
      .max(1024, "At most 1024 characters")
      .optional(),
  ),
  teamIds: teamIdsSchema.default([]),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    roles: rolesSchema.optional(),
    disabled: z.boolean("true or false").optional(),
    teamIds: teamIdsSchema
      .optional()
      .describe("the teams the user belongs to, all of them (an empty list leaves every team)"),
  })
  .refine(
    (input) => input.roles !== undefined || input.disabled !== undefined || input.teamIds !== undefined,
    "Send at least one of roles, teamIds and disabled",
  );
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** The same change from a form, which also names the user. */
export const updateUserActionSchema = z.object({ userId: idSchema, change: updateUserSchema });

export const listUsersQuerySchema = paginationSchema;

export const createTeamSchema = z.object({ slug: slugSchema, name: nameText(100) });
export type CreateTeamInput = z.input<typeof createTeamSchema>;

const timestamp = z.iso.datetime();

export const teamSchema = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  disabled: z.boolean(),
  lastLoginAt: timestamp.nullable(),
  createdAt: timestamp,
  teams: z.array(teamSchema),
});

export const userResponseSchema = z.object({ user: userSchema });

/** `POST /api/v1/admin/users/{id}/erase-personal-data`: what an erasure of a person's data removed. */
export const personalDataErasureBodySchema = z.object({
  erasure: z.object({
    userId: z.string(),
    events: z.number().int().describe("audit events whose personal values were erased"),
    sealed: z
      .number()
      .int()
      .describe("of those, events written before decision 011, sealed by the erasure event"),
  }),
});
export const erasePersonalDataActionSchema = z.object({ userId: idSchema });
