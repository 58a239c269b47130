import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import type { NavItem } from "@/lib/navigation";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

type Props = { user: { name: string; email: string; roles: Role[] }; nav: NavItem[] };

export function AppHeader({ user, nav }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-7xl items-center gap-6 px-6 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
          <span
            aria-hidden
            className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-xs font-bold text-white"
          >
            MR
          </span>
          Model Registry
        </Link>
        <NavLinks items={nav.map(({ href, label }) => ({ href, label }))} />
        <div className="ml-auto flex items-center gap-4 text-sm">
          <div className="text-right leading-tight">
            <div className="font-medium text-slate-900">{user.name}</div>
            <div className="text-xs text-slate-600">
              {user.roles.map((role) => ROLE_LABELS[role]).join(", ")}
            </div>
          </div>
          <Link
            href="/account/tokens"
            className="rounded-md px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100"
          >
            API tokens
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
