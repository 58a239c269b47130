import { describe, expect, it } from "vitest";
import { decideRights, type DecideFacts } from "./decide-rights";

const officer = { id: "officer", mayDecide: true, mayPromote: false, isAdmin: false };
const request: DecideFacts["request"] = {
  status: "PENDING",
  requestedById: "scientist",
  registeredById: "builder",
  approvals: [{ approverId: "officer2", decision: "APPROVE" }],
};

describe("decideRights", () => {
  it("lets an officer who is neither requester nor registrant decide a pending request once", () => {
    expect(decideRights({ viewer: officer, request })).toEqual({
      mayDecide: true,
      whyNot: null,
      mayWithdraw: false,
    });
  });

  it("says why not, the role first, then the status, then separation of duties, then an earlier decision", () => {
    const why = (viewer: DecideFacts["viewer"], changes: Partial<DecideFacts["request"]> = {}) =>
      decideRights({ viewer, request: { ...request, ...changes } }).whyNot;
    expect(why({ ...officer, mayDecide: false }, { status: "APPROVED" })).toMatch(/Only compliance officers/);
    expect(why(officer, { status: "BLOCKED", requestedById: "officer" })).toMatch(/blocked by an enforced/);
    expect(why({ ...officer, id: "scientist" })).toMatch(/You requested this promotion/);
    expect(why({ ...officer, id: "builder" })).toMatch(/You registered this version/);
    expect(why({ ...officer, id: "officer2" })).toBe(
      "You already approved this request; each officer decides once.",
    );
    expect(why(officer, { approvals: [{ approverId: "officer", decision: "REJECT" }] })).toMatch(
      /already rejected/,
    );
  });

  it("lets only the requester (or an admin) withdraw, and only while the request is pending", () => {
    const scientist = { id: "scientist", mayDecide: false, mayPromote: true, isAdmin: false };
    expect(decideRights({ viewer: scientist, request }).mayWithdraw).toBe(true);
    expect(decideRights({ viewer: scientist, request: { ...request, status: "REJECTED" } }).mayWithdraw).toBe(
      false,
    );
    expect(decideRights({ viewer: { ...scientist, id: "builder" }, request }).mayWithdraw).toBe(false);
    expect(decideRights({ viewer: { ...scientist, mayPromote: false }, request }).mayWithdraw).toBe(false);
    const admin = { id: "admin", mayDecide: true, mayPromote: true, isAdmin: true };
    expect(decideRights({ viewer: admin, request }).mayWithdraw).toBe(true);
  });
});
