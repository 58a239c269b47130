import { describe, expect, it } from "vitest";
import { alertSubject } from "./alert-subject";

describe("alertSubject", () => {
  it("leads a record check's alert to the record, and a metric's alert nowhere beyond its version", () => {
    expect(alertSubject({ rule: "erasure.overdue", feature: "er1" })).toEqual({
      label: "The erasure request",
      href: "/erasure-requests/er1",
    });
    expect(alertSubject({ rule: "promotion.pending", feature: "pr1" })?.href).toBe("/approvals/pr1");
    expect(alertSubject({ rule: "webhook.failing", feature: "wh1" })?.href).toBe("/admin/webhooks/wh1");
    expect(alertSubject({ rule: "production-drift/psi", feature: "income" })).toBeNull();
    expect(alertSubject({ rule: "erasure.overdue", feature: "" })).toBeNull();
  });
});
