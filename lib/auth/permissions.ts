/**
 * Permissions are data: what each role may do is this table, checked on the server by
 * requirePermission. The UI reads the same table only to decide what to show.
 */
import { forbidden } from "@/lib/errors";

export const ROLES = ["DATA_SCIENTIST", "COMPLIANCE_OFFICER", "LEADERSHIP", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  DATA_SCIENTIST: "Data scientist",
  COMPLIANCE_OFFICER: "Compliance officer",
  LEADERSHIP: "Leadership",
  ADMIN: "Admin",
};

export const PERMISSIONS = [
  "registry.read",
  "models.write",
  "versions.write",
  "datasets.write",
  "metrics.write",
  "versions.promote",
  /** the approvals inbox, read-only: officers work it, leadership follows it from the dashboard */
  "approvals.read",
  "approvals.decide",
  "policies.manage",
  "erasure.manage",
  "audit.read",
  "dashboards.read",
  /** acknowledge and resolve alerts; everyone who reads the dashboards reads them */
  "alerts.manage",
  "tokens.own",
  "admin.users",
  "admin.tokens",
  "admin.webhooks",
  "stages.override",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: Permission[] = ["registry.read", "dashboards.read", "tokens.own"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  DATA_SCIENTIST: [
    ...EVERYONE,
    "models.write",
    "versions.write",
    "datasets.write",
    "metrics.write",
    "versions.promote",
  ],
  COMPLIANCE_OFFICER: [
    ...EVERYONE,
    "approvals.read",
    "approvals.decide",
    "policies.manage",
    "erasure.manage",
    "audit.read",
    "alerts.manage",
  ],
  LEADERSHIP: [...EVERYONE, "approvals.read", "audit.read"],
  ADMIN: [...PERMISSIONS],
};

export type Principal = { id: string; email: string; name: string; roles: readonly Role[] };

export function can(principal: Pick<Principal, "roles"> | null | undefined, permission: Permission): boolean {
  return !!principal && principal.roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function requirePermission(principal: Pick<Principal, "roles">, permission: Permission): void {
  if (!can(principal, permission)) throw forbidden(`Your role may not do this (needs ${permission})`);
}

export const isAdmin = (principal: Pick<Principal, "roles">) => principal.roles.includes("ADMIN");
