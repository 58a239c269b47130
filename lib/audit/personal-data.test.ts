import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { personalDigest, PERSONAL_PLACEHOLDER, restorePersonal, splitPersonal } from "./personal-data";

describe("personal values of an audit event", () => {
  it("takes e-mails, addresses and subject references out, and names only of users", () => {
    expect(
      splitPersonal("user", { email: "a@b.c", name: "Ann", roles: ["ADMIN"], address: "10.0.0.1" }),
    ).toEqual({
      changes: {
        email: PERSONAL_PLACEHOLDER,
        name: PERSONAL_PLACEHOLDER,
        roles: ["ADMIN"],
        address: PERSONAL_PLACEHOLDER,
      },
      personal: { email: "a@b.c", name: "Ann", address: "10.0.0.1" },
    });
    expect(splitPersonal("team", { name: "ML", slug: "ml" })).toEqual({
      changes: { name: "ML", slug: "ml" },
      personal: null,
    });
    expect(splitPersonal("erasure_request", { subjectReference: "C-1", dueAt: "x" }).personal).toEqual({
      subjectReference: "C-1",
    });
    expect(splitPersonal("user", null)).toEqual({ changes: null, personal: null });
  });

  it("puts the values back where the placeholders are", () => {
    const { changes, personal } = splitPersonal("user", { email: "a@b.c", roles: [] });
    expect(restorePersonal(changes, personal)).toEqual({ email: "a@b.c", roles: [] });
    expect(restorePersonal(changes, null)).toEqual({ email: PERSONAL_PLACEHOLDER, roles: [] });
  });

  it("digests sha256(salt + canonical JSON), worked out independently", () => {
    const expected = createHash("sha256")
      .update('s4lt{"actorEmail":"a@b.c","changes":{"email":"x@y.z"}}')
      .digest("hex");
    expect(personalDigest("s4lt", { changes: { email: "x@y.z" }, actorEmail: "a@b.c" })).toBe(expected);
  });
});
