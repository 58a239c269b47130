import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function AuditEventNotFound() {
  return (
    <EmptyState
      title="No such audit event"
      action={
        <ButtonLink href="/audit" variant="secondary">
          Back to the audit trail
        </ButtonLink>
      }
    >
      The link may be mistyped, or the event was removed from the database; if so, verifying the chain shows
      where.
    </EmptyState>
  );
}
