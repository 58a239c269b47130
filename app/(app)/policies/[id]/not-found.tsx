import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function PolicyNotFound() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">Policy not found</h1>
      <EmptyState
        title="There is no policy at this address"
        action={
          <ButtonLink href="/policies" variant="secondary">
            Browse all policies
          </ButtonLink>
        }
      >
        A policy&apos;s address comes from the name it was created with and stays when the name changes.
      </EmptyState>
    </div>
  );
}
