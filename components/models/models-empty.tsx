import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** The list when it has no rows: a first-run invitation, or a way out of filters that match nothing. */
export function ModelsEmpty({ filtered, mayCreate }: { filtered: boolean; mayCreate: boolean }) {
  if (filtered) {
    return (
      <EmptyState
        title="No models match these filters"
        action={
          <ButtonLink href="/models" variant="secondary">
            Clear filters
          </ButtonLink>
        }
      >
        Try a shorter search, or another kind, stage or team.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="No models yet"
      action={mayCreate ? <ButtonLink href="/models/new">Register your first model</ButtonLink> : undefined}
    >
      {mayCreate
        ? "A model is a line of work (a base model, an adapter, a fine-tune...). Register it, then register its versions with their lineage, datasets and model card."
        : "Data scientists register models here; they will appear in this list as soon as they do."}
    </EmptyState>
  );
}

/** The service refused a filter from the URL (an unknown kind, a cursor from another sort...). */
export function InvalidFilters({ fields }: { fields: Record<string, string> }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">Some filters in the address are not valid</p>
      <ul className="mt-2 list-disc pl-5">
        {Object.entries(fields).map(([field, message]) => (
          <li key={field}>
            <span className="font-mono">{field}</span>: {message}
          </li>
        ))}
      </ul>
      <Link href="/models" className="mt-3 inline-block font-medium text-indigo-800 underline">
        Clear filters
      </Link>
    </div>
  );
}
