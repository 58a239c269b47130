import { RequiredRoles } from "@/components/home/required-roles";
import { StatusPanel } from "@/components/home/status-panel";
import { ButtonLink } from "@/components/ui/button";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { getSessionPrincipal } from "@/lib/server/auth/current-user";

// forbidden() is only called under the signed-in app layout, which already provides <main> and the header.
export default async function Forbidden() {
  const principal = await getSessionPrincipal();
  return (
    <StatusPanel
      code={403}
      title="You don't have access to this page"
      action={<ButtonLink href="/">Go to the home page</ButtonLink>}
    >
      <RequiredRoles />
      {principal && (
        <p className="text-slate-600">
          You are signed in as {principal.name} (
          {principal.roles.map((role) => ROLE_LABELS[role]).join(", ") || "no role"}).
        </p>
      )}
    </StatusPanel>
  );
}
