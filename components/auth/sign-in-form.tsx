"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signInFailure } from "@/lib/auth/sign-in-refusal";

type Props = { callbackUrl: string; oidc: boolean; initialError?: string };

export function SignInForm({ callbackUrl, oidc, initialError }: Props) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(failureMessage(result?.error));
  }

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div>
          <label htmlFor="email" className="block text-sm font-medium text-slate-800">
            Email
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-800">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          />
        </div>
        {error && (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {error}
          </p>
        )}
        <button
          type="submit"
          disabled={pending}
          className="w-full rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-700 disabled:opacity-60"
        >
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {oidc && (
        <button
          type="button"
          onClick={() => signIn("oidc", { callbackUrl })}
          className="mt-3 w-full rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Sign in with single sign-on
        </button>
      )}
    </div>
  );
}

/** next-auth passes the server's refusal as a string; a throttled sign-in carries the seconds to wait. */
function failureMessage(error: string | null | undefined): string {
  const failure = signInFailure(error);
  switch (failure.kind) {
    case "credentials":
      return "Wrong email or password. Check both and try again.";
    case "throttled": {
      const minutes = Math.ceil(failure.seconds / 60);
      return `Too many failed sign-ins for this account or from this address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask an admin.`;
    }
    case "server":
      return "The server could not sign you in just now; your email and password were not checked. Try again in a moment, and if it keeps failing, tell an admin (the server's log says why).";
  }
}
