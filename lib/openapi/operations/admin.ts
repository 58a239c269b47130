import { page } from "@/lib/schemas/common";
import {
  apiTokenSchema,
  createdTokenSchema,
  createTokenSchema,
  listTokensQuerySchema,
} from "@/lib/schemas/tokens";
import {
  createUserSchema,
  listUsersQuerySchema,
  updateUserSchema,
  userResponseSchema,
  userSchema,
} from "@/lib/schemas/users";
import { defineOperations } from "../define";

export const adminOperations = defineOperations([
  {
    method: "get",
    path: "/tokens",
    summary: "List API tokens: your own, or everyone's for admins (`userId` narrows it to one user)",
    tag: "Tokens",
    permission: "tokens.own",
    query: listTokensQuerySchema,
    success: {
      status: 200,
      description: "Tokens, newest first, with their status; never the secret",
      schema: page(apiTokenSchema),
    },
  },
  {
    method: "post",
    path: "/tokens",
    summary: "Create an API token for yourself; it carries your role's permissions",
    tag: "Tokens",
    permission: "tokens.own",
    body: createTokenSchema,
    success: {
      status: 201,
      description: "The token, with its secret: shown in this response only",
      schema: createdTokenSchema,
    },
  },
  {
    method: "delete",
    path: "/tokens/{id}",
    summary: "Revoke an API token (your own; admins any)",
    tag: "Tokens",
    permission: "tokens.own",
    pathParams: { id: "The token id" },
    success: { status: 204, description: "Revoked: the token stops working at once" },
    errors: [404, 409],
  },
  {
    method: "get",
    path: "/admin/users",
    summary: "List users with their roles, teams, last sign-in and status",
    tag: "Admin",
    permission: "admin.users",
    query: listUsersQuerySchema,
    success: { status: 200, description: "Users, newest first", schema: page(userSchema) },
  },
  {
    method: "post",
    path: "/admin/users",
    summary: "Create a user with roles, teams and an optional initial password",
    tag: "Admin",
    permission: "admin.users",
    body: createUserSchema,
    success: { status: 201, description: "The new user", schema: userResponseSchema },
    errors: [409],
  },
  {
    method: "get",
    path: "/admin/users/{id}",
    summary: "One user with roles and teams",
    tag: "Admin",
    permission: "admin.users",
    pathParams: { id: "The user id" },
    success: { status: 200, description: "The user", schema: userResponseSchema },
    errors: [404],
  },
  {
    method: "patch",
    path: "/admin/users/{id}",
    summary:
      "Change a user's roles, or disable or enable them (never yourself; the last active admin stays admin)",
    tag: "Admin",
    permission: "admin.users",
    pathParams: { id: "The user id" },
    body: updateUserSchema,
    success: { status: 200, description: "The user after the change", schema: userResponseSchema },
    errors: [404, 409],
  },
]);
