import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ModelNotFound() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">Model not found</h1>
      <EmptyState
        title="There is no model at this address"
        action={
          <ButtonLink href="/models" variant="secondary">
            Browse all models
          </ButtonLink>
        }
      >
        It may have a different slug: slugs are lowercase, with &apos;-&apos; between words. Search the list
        by name instead.
      </EmptyState>
    </div>
  );
}
