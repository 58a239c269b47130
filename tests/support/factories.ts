/**
 * Test data, built through the same tables the services use. Fixed values, unique suffixes: each test
 * file has a database of its own, so there is no cross-file interference to guard against.
 */
import { randomBytes } from "node:crypto";
import type { Principal, Role } from "@/lib/auth/permissions";
import { generateTokenSecret, hashTokenSecret } from "@/lib/server/auth/api-tokens";
import { db } from "@/lib/server/db";

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${++counter}-${randomBytes(2).toString("hex")}`;

export async function createTeam(slug = unique("team")) {
  return db.team.create({ data: { slug, name: slug.replace(/-/g, " ") } });
}

export async function createUser(options: {
  roles: Role[];
  teamIds?: string[];
  email?: string;
  passwordHash?: string;
}) {
  const email = options.email ?? `${unique("user")}@test.local`;
  const user = await db.user.create({
    data: {
      email,
      name: email.split("@")[0]!,
      roles: options.roles,
      passwordHash: options.passwordHash,
      memberships: { create: (options.teamIds ?? []).map((teamId) => ({ teamId })) },
    },
  });
  const principal: Principal = { id: user.id, email: user.email, name: user.name, roles: options.roles };
  return { user, principal };
}

/** A user with a working API token (read and write scopes), for calling route handlers. */
export async function createUserWithToken(options: { roles: Role[]; teamIds?: string[]; scopes?: string[] }) {
  const { user, principal } = await createUser(options);
  const secret = generateTokenSecret();
  await db.apiToken.create({
    data: {
      userId: user.id,
      name: "test",
      tokenHash: hashTokenSecret(secret),
      prefix: secret.slice(0, 10),
      scopes: options.scopes ?? ["read", "write"],
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
    },
  });
  return { user, principal, token: secret };
}
