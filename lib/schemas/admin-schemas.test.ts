import { describe, expect, it } from "vitest";
import { createTokenSchema } from "./tokens";
import { createUserSchema, updateUserSchema } from "./users";

describe("createTokenSchema", () => {
  it("defaults to 90 days and both scopes, and normalises scopes", () => {
    expect(createTokenSchema.parse({ name: " ci " })).toEqual({
      name: "ci",
      expiresInDays: 90,
      scopes: ["read", "write"],
    });
    expect(createTokenSchema.parse({ name: "x", scopes: ["write", "read", "write"] }).scopes).toEqual([
      "read",
      "write",
    ]);
  });

  it("bounds the expiry to 1..365 whole days", () => {
    for (const days of [0, 366, 2.5, "30"])
      expect(createTokenSchema.safeParse({ name: "x", expiresInDays: days }).success, String(days)).toBe(
        false,
      );
    for (const days of [1, 365])
      expect(createTokenSchema.parse({ name: "x", expiresInDays: days }).expiresInDays).toBe(days);
  });
});

describe("createUserSchema", () => {
  it("lowercases the email, orders roles without duplicates, and reads an empty password as none", () => {
    expect(
      createUserSchema.parse({
        email: " Ada@Example.COM ",
        name: "Ada",
        roles: ["ADMIN", "LEADERSHIP", "ADMIN"],
        password: "",
      }),
    ).toEqual({
      email: "ada@example.com",
      name: "Ada",
      roles: ["LEADERSHIP", "ADMIN"],
      teamIds: [],
    });
  });
});

describe("updateUserSchema", () => {
  it("needs roles, disabled, or both", () => {
    expect(updateUserSchema.safeParse({}).success).toBe(false);
    expect(updateUserSchema.parse({ disabled: true })).toEqual({ disabled: true });
    expect(updateUserSchema.safeParse({ roles: [] }).success).toBe(false);
  });
});
