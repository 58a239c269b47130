import { can, type Permission, type Principal } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; permission: Permission };

/** The main sections; each role sees the ones its permissions open (the server enforces the same rule). */
export const NAV_ITEMS: NavItem[] = [
  { href: "/models", label: "Models", permission: "registry.read" },
  { href: "/datasets", label: "Datasets", permission: "registry.read" },
  { href: "/approvals", label: "Approvals", permission: "approvals.decide" },
  { href: "/dashboards", label: "Dashboards", permission: "dashboards.read" },
  { href: "/audit", label: "Audit", permission: "audit.read" },
  { href: "/admin", label: "Admin", permission: "admin.users" },
];

export const navFor = (principal: Pick<Principal, "roles">) =>
  NAV_ITEMS.filter((item) => can(principal, item.permission));
