import { can, type Permission, type Principal } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; permission: Permission };

/** The main sections; each role sees the ones its permissions open (the server enforces the same rule). */
export const NAV_ITEMS: NavItem[] = [
  { href: "/models", label: "Models", permission: "registry.read" },
  { href: "/datasets", label: "Datasets", permission: "registry.read" },
  { href: "/approvals", label: "Approvals", permission: "approvals.read" },
  // Everyone who reads the registry reads policies; officers edit them (RESTRICTED_PAGES).
  { href: "/policies", label: "Policies", permission: "registry.read" },
  { href: "/erasure-requests", label: "Erasure", permission: "erasure.manage" },
  { href: "/dashboards", label: "Dashboards", permission: "dashboards.read" },
  { href: "/alerts", label: "Alerts", permission: "dashboards.read" },
  { href: "/audit", label: "Audit", permission: "audit.read" },
  { href: "/admin", label: "Admin", permission: "admin.users" },
];

/** Pages inside a section that need more than the section does, so the 403 page names the right roles. */
export const RESTRICTED_PAGES: { pattern: RegExp; label: string; permission: Permission }[] = [
  { pattern: /^\/policies\/(new|[^/]+\/edit)\/?$/, label: "Editing policies", permission: "policies.manage" },
];

export const navFor = (principal: Pick<Principal, "roles">) =>
  NAV_ITEMS.filter((item) => can(principal, item.permission));
