import type { Metadata } from "next";
import { PoliciesEmpty } from "@/components/policies/policies-empty";
import { PoliciesTable } from "@/components/policies/policies-table";
import { PolicyFilters, type PolicyListParams } from "@/components/policies/policy-filters";
import { ButtonLink } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ListPoliciesQuery } from "@/lib/schemas/policies";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listPolicies } from "@/lib/server/policies/list-policies";

export const metadata: Metadata = { title: "Policies" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) =>
  typeof value === "string" && value ? value : undefined;

export default async function PoliciesPage({ searchParams }: Props) {
  const principal = await requirePageUser("registry.read");
  const raw = await searchParams;
  const params: PolicyListParams = {
    targetStage: one(raw.targetStage),
    mode: one(raw.mode),
    enabled: one(raw.enabled),
  };
  const mayManage = can(principal, "policies.manage");
  const result = await listPolicies(principal, params as ListPoliciesQuery).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "validation_failed") return null;
    throw error;
  });
  return (
    <div>
      <PageHeader
        title="Policies"
        description="The gates a version passes on its way to a stage. Shadow policies are evaluated and recorded on every request without blocking; enforced ones block."
        actions={mayManage && <ButtonLink href="/policies/new">New policy</ButtonLink>}
      />
      <PolicyFilters params={params} />
      {!result ? (
        <FormError message="These filters are not valid: choose them again from the lists above." />
      ) : result.items.length === 0 ? (
        <PoliciesEmpty
          filtered={!!(params.targetStage || params.mode || params.enabled)}
          mayManage={mayManage}
        />
      ) : (
        <PoliciesTable policies={result.items} />
      )}
    </div>
  );
}
