import type { Metadata } from "next";
import Link from "next/link";
import { PolicyForm } from "@/components/policies/policy-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { updatePolicyAction } from "../../actions";
import { loadPolicyOrNotFound } from "../../load-policy";

export const metadata: Metadata = { title: "Edit policy" };

type Props = { params: Promise<{ id: string }> };

// The role first (403), then the policy (404), with nothing streamed before either.
export default async function EditPolicyPage({ params }: Props) {
  const principal = await requirePageUser("policies.manage");
  const { policy } = await loadPolicyOrNotFound(principal, (await params).id);
  const { name, description, targetStage, mode, enabled } = policy;
  const initial = {
    ...{ name, description, targetStage, mode, enabled },
    rules: policy.rulesError === null ? policy.rules : [],
  };
  return (
    <div className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/policies/${policy.id}`} className="text-indigo-700 hover:underline">
          {policy.name}
        </Link>
      </nav>
      <PageHeader
        title={`Edit ${policy.name}`}
        description={`Saving makes version ${policy.version + 1}; version ${policy.version} and every earlier one stay as they were, and requests they judged keep their results.`}
      />
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <PolicyForm
          initial={initial}
          unreadableRules={policy.rulesError}
          action={updatePolicyAction.bind(null, policy.id, policy.version)}
          cancelHref={`/policies/${policy.id}`}
          submitLabel={`Save version ${policy.version + 1}`}
        />
      </div>
    </div>
  );
}
