"use client";

import { usePathname } from "next/navigation";
import { ROLE_LABELS, ROLE_PERMISSIONS, ROLES } from "@/lib/auth/permissions";
import { NAV_ITEMS, RESTRICTED_PAGES } from "@/lib/navigation";

/**
 * Which roles open the section the visitor was refused, read from the same permission table the server
 * enforces. The 403 page gets no props, so the section is found from the address.
 */
export function RequiredRoles() {
  const pathname = usePathname();
  const section =
    RESTRICTED_PAGES.find((page) => page.pattern.test(pathname)) ??
    NAV_ITEMS.find((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  if (!section) return <p>Ask an admin which role this page needs.</p>;
  const roles = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(section.permission)).map(
    (role) => ROLE_LABELS[role],
  );
  return (
    <p>
      {section.label} is open to the {roles.length === 1 ? "role" : "roles"}{" "}
      <strong className="font-semibold text-slate-900">{roles.join(", ")}</strong>. Ask an admin if you need
      it.
    </p>
  );
}
