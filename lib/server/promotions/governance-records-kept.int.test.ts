import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createOwnedVersion, createPromotionRequest } from "@/tests/support/registry-factories";

// PostgreSQL's refusal (23503), as Prisma or its driver adapter reports it
const refusedByForeignKey = { message: expect.stringMatching(/foreign key constraint/i) };

describe("governance records are never cascaded away", () => {
  it("refuses to delete a version with a promotion request, or a request with a decision, keeping both", async () => {
    const { version, owner } = await createOwnedVersion();
    const request = await createPromotionRequest(version.id, owner.user.id);
    await db.approval.create({
      data: {
        requestId: request.id,
        approverId: owner.user.id,
        decision: "APPROVE",
        comment: "Evidence reviewed",
      },
    });

    await expect(db.modelVersion.delete({ where: { id: version.id } })).rejects.toMatchObject(
      refusedByForeignKey,
    );
    await expect(db.promotionRequest.delete({ where: { id: request.id } })).rejects.toMatchObject(
      refusedByForeignKey,
    );
    expect(await db.approval.count({ where: { requestId: request.id } })).toBe(1);
    expect(await db.modelVersion.count({ where: { id: version.id } })).toBe(1);
  });

  it("refuses a record created by nobody: every createdById is a user", async () => {
    const { version } = await createOwnedVersion();
    await expect(
      db.artifact.create({
        data: {
          versionId: version.id,
          name: "weights.bin",
          uri: "s3://bucket/weights.bin",
          sizeBytes: 1,
          sha256: "0".repeat(64),
          format: "BIN",
          createdById: "no-such-user",
        },
      }),
    ).rejects.toMatchObject(refusedByForeignKey);
  });
});
