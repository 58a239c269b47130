import type { Metadata } from "next";
import { ReviewScreen } from "@/components/review/review-screen";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { decidePromotionAction, withdrawPromotionAction } from "./actions";
import { loadRequest, loadReview } from "./load-request";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const principal = await requirePageUser("registry.read");
  const request = await loadRequest(principal, (await params).id);
  return { title: `Review: ${request.version.model.name} v${request.version.version}` };
}

export default async function ReviewPage({ params }: Props) {
  const principal = await requirePageUser("registry.read");
  const { id } = await params;
  const review = await loadReview(principal, id);
  return (
    <ReviewScreen
      review={review}
      inboxHref={can(principal, "approvals.read") ? "/approvals" : null}
      decide={decidePromotionAction.bind(null, id)}
      withdraw={withdrawPromotionAction.bind(null, id)}
    />
  );
}
