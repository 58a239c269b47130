import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, requirePermission, ROLES, type Permission, type Role } from "./permissions";

// The whole grid, written out by hand: a change to the role table must change this test too.
const GRID: Record<Permission, Role[]> = {
  "registry.read": ["DATA_SCIENTIST", "COMPLIANCE_OFFICER", "LEADERSHIP", "ADMIN"],
  "models.write": ["DATA_SCIENTIST", "ADMIN"],
  "versions.write": ["DATA_SCIENTIST", "ADMIN"],
  "datasets.write": ["DATA_SCIENTIST", "ADMIN"],
  "metrics.write": ["DATA_SCIENTIST", "ADMIN"],
  "versions.promote": ["DATA_SCIENTIST", "ADMIN"],
  "approvals.read": ["COMPLIANCE_OFFICER", "LEADERSHIP", "ADMIN"],
  "approvals.decide": ["COMPLIANCE_OFFICER", "ADMIN"],
  "policies.manage": ["COMPLIANCE_OFFICER", "ADMIN"],
  "erasure.manage": ["COMPLIANCE_OFFICER", "ADMIN"],
  "audit.read": ["COMPLIANCE_OFFICER", "LEADERSHIP", "ADMIN"],
  "dashboards.read": ["DATA_SCIENTIST", "COMPLIANCE_OFFICER", "LEADERSHIP", "ADMIN"],
  "alerts.manage": ["COMPLIANCE_OFFICER", "ADMIN"],
  "tokens.own": ["DATA_SCIENTIST", "COMPLIANCE_OFFICER", "LEADERSHIP", "ADMIN"],
  "admin.users": ["ADMIN"],
  "admin.tokens": ["ADMIN"],
  "admin.webhooks": ["ADMIN"],
  "stages.override": ["ADMIN"],
};

describe("role x permission grid", () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      const allowed = GRID[permission].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can({ roles: [role] }, permission)).toBe(allowed);
        if (allowed) expect(() => requirePermission({ roles: [role] }, permission)).not.toThrow();
        else expect(() => requirePermission({ roles: [role] }, permission)).toThrow(/needs/);
      });
    }
  }

  it("combines the permissions of several roles", () => {
    expect(can({ roles: ["LEADERSHIP", "DATA_SCIENTIST"] }, "models.write")).toBe(true);
    expect(can({ roles: ["LEADERSHIP", "DATA_SCIENTIST"] }, "approvals.decide")).toBe(false);
  });

  it("gives nobody anything without a role or a principal", () => {
    expect(can({ roles: [] }, "registry.read")).toBe(false);
    expect(can(null, "registry.read")).toBe(false);
  });
});
