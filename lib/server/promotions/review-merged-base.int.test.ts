/**
 * A merged version's review compares with the same parent and base as its Metrics tab: the first
 * parent's chain (lineage order), not whichever base model happens to sit nearest through another
 * parent (a UI review found the two screens naming different bases for one merge).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { readLineageRefs } from "@/lib/server/metrics/read-evaluation-comparison";
import { createUser } from "@/tests/support/factories";
import { createEdge, createOwner, createVersion } from "@/tests/support/lineage-factories";
import { getPromotionReview } from "./get-promotion-review";

describe("a merged version's review", () => {
  it("names the first parent's chain's base, as the version's Metrics tab does", async () => {
    const owner = await createOwner();
    const farBase = await createVersion(owner, { kind: "BASE", name: "Zeta base" });
    const nearBase = await createVersion(owner, { kind: "BASE", name: "Alpha base" });
    const firstParentsParent = await createVersion(owner, { kind: "FINE_TUNED" });
    const firstParent = await createVersion(owner, { kind: "FINE_TUNED" });
    const secondParent = await createVersion(owner, { kind: "FINE_TUNED" });
    const merged = await createVersion(owner, { kind: "MERGED", stage: "STAGING" });
    await createEdge(farBase, firstParentsParent);
    await createEdge(firstParentsParent, firstParent);
    await createEdge(nearBase, secondParent);
    await createEdge(firstParent, merged, "MERGED_FROM");
    await createEdge(secondParent, merged, "MERGED_FROM");
    const request = await db.promotionRequest.create({
      data: {
        versionId: merged.id,
        fromStage: "STAGING",
        toStage: "PRODUCTION",
        justification: "Merge of both",
        requestedById: owner.user.id,
      },
      select: { id: true },
    });
    const { principal: officer } = await createUser({ roles: ["COMPLIANCE_OFFICER"] });

    const review = await getPromotionReview(officer, request.id);
    const refs = await readLineageRefs(db, merged.id);
    expect(refs?.base?.id).toBe(farBase.id);
    expect(review.evidence.metrics.parent?.id).toBe(firstParent.id);
    expect(review.evidence.metrics.base?.id).toBe(refs?.base?.id);
    // The lineage section still lists every ancestor, through both parents.
    expect(review.evidence.lineage.map((a) => a.id).sort()).toEqual(
      [farBase.id, nearBase.id, firstParentsParent.id, firstParent.id, secondParent.id].sort(),
    );
  });
});
