import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** No policy at all, or none that matches the filters: each says what to do next. */
export function PoliciesEmpty({ filtered, mayManage }: { filtered: boolean; mayManage: boolean }) {
  if (filtered)
    return (
      <EmptyState
        title="No policy matches these filters"
        action={
          <ButtonLink href="/policies" variant="secondary">
            Clear filters
          </ButtonLink>
        }
      >
        Filters apply to each policy as it stands now, not to its earlier versions.
      </EmptyState>
    );
  return (
    <EmptyState
      title="No policies yet"
      action={mayManage && <ButtonLink href="/policies/new">New policy</ButtonLink>}
    >
      Policies are the gates a version passes on its way to staging or production: metric thresholds, fairness
      and drift limits, required artifacts and model card sections, dataset licences and how many officers
      approve.{" "}
      {mayManage
        ? "Start one in shadow mode to see what it would catch before it blocks anything."
        : "Compliance officers write them."}
    </EmptyState>
  );
}
