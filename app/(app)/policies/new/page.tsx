import type { Metadata } from "next";
import Link from "next/link";
import { PolicyForm } from "@/components/policies/policy-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { createPolicyAction } from "../actions";

export const metadata: Metadata = { title: "New policy" };

// Checked at the top, with nothing streamed before it: a refusal is a real 403.
export default async function NewPolicyPage() {
  await requirePageUser("policies.manage");
  return (
    <div className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/policies" className="text-indigo-700 hover:underline">
          Policies
        </Link>
      </nav>
      <PageHeader
        title="New policy"
        description="Start in shadow mode: it is evaluated on every request to its stage and shows what it would have blocked, without blocking anything."
      />
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <PolicyForm action={createPolicyAction} cancelHref="/policies" submitLabel="Create policy" />
      </div>
    </div>
  );
}
