import "server-only";
import type { Role } from "@/lib/auth/permissions";

/** What an admin sees of a user: never the password hash. */
export const userViewSelect = {
  id: true,
  email: true,
  name: true,
  roles: true,
  disabled: true,
  lastLoginAt: true,
  createdAt: true,
  memberships: {
    select: { team: { select: { id: true, slug: true, name: true } } },
    orderBy: { team: { name: "asc" } },
  },
} as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  disabled: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  memberships: { team: { id: string; slug: string; name: string } }[];
};

export type TeamView = { id: string; slug: string; name: string };
export type UserView = Omit<UserRow, "roles" | "memberships"> & { roles: Role[]; teams: TeamView[] };

export function toUserView({ memberships, roles, ...user }: UserRow): UserView {
  return { ...user, roles: roles as Role[], teams: memberships.map((m) => m.team) };
}
