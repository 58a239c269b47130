import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function PromotionRequestNotFound() {
  return (
    <div className="py-8">
      <h1 className="sr-only">Promotion request not found</h1>
      <EmptyState
        title="No promotion request with this id"
        action={<ButtonLink href="/">Go to the home page</ButtonLink>}
      >
        The link may be mistyped, or the version it belonged to was deleted with its model. A version&apos;s
        requests are listed on its Promotions tab.
      </EmptyState>
    </div>
  );
}
