import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function VersionNotFound() {
  return (
    <div className="py-8">
      <h1 className="sr-only">Version not found</h1>
      <EmptyState
        title="No version with this id"
        action={<ButtonLink href="/models">Browse models</ButtonLink>}
      >
        The link may be mistyped, or the model it belonged to was deleted. Versions are reached from their
        model&apos;s page.
      </EmptyState>
    </div>
  );
}
