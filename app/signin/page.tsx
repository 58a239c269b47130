import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getSessionPrincipal } from "@/lib/server/auth/current-user";
import { oidcEnabled } from "@/lib/server/auth/oidc-provider";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getSessionPrincipal()) redirect("/");
  const { callbackUrl, error } = await searchParams;
  // Only this app's paths: an open redirect after sign-in is a phishing tool.
  const safeCallback = safeCallbackPath(callbackUrl);
  return (
    <main id="main" className="grid min-h-screen place-items-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <span
            aria-hidden
            className="mx-auto mb-3 grid h-10 w-10 place-items-center rounded-lg bg-indigo-600 font-bold text-white"
          >
            MR
          </span>
          <h1 className="text-xl font-semibold">Sign in to Model Registry</h1>
          <p className="mt-1 text-sm text-slate-600">
            Models, lineage, approvals and the audit trail in one place.
          </p>
        </div>
        <SignInForm
          callbackUrl={safeCallback}
          oidc={oidcEnabled()}
          initialError={
            error === "AccessDenied"
              ? "Your account is not allowed to sign in here. Ask an admin to add you."
              : undefined
          }
        />
      </div>
    </main>
  );
}
