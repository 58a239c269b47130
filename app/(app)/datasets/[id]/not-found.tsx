import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function DatasetNotFound() {
  return (
    <div className="py-8">
      <h1 className="sr-only">Dataset not found</h1>
      <EmptyState
        title="No dataset with this id"
        action={<ButtonLink href="/datasets">All datasets</ButtonLink>}
      >
        The link may be mistyped, or the dataset was removed.
      </EmptyState>
    </div>
  );
}
