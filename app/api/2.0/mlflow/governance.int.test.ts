/**
 * Governance holds whatever door a change comes through: transition-stage opens a promotion request,
 * an enforced policy's refusal is MLflow-shaped, and live versions or governance records are never deleted.
 */
import { describe, expect, it } from "vitest";
import { GET as getModelRoute } from "@/app/api/v1/models/[slug]/route";
import { callRoute } from "@/tests/support/call-route";
import { db } from "@/lib/server/db";
import { createUserWithToken, unique } from "@/tests/support/factories";
import { as, expectError, mlflowKit } from "@/tests/support/mlflow-kit";
import { eventsOf, stageOf } from "@/tests/support/promotion-kit";
import { createModel, createVersion } from "@/tests/support/registry-factories";

const { people, me, registered, versionOf } = mlflowKit();

describe("governance holds through MLflow", () => {
  it("transition-stage opens a promotion request and answers the version as it stands with the request id", async () => {
    const name = await registered();
    await versionOf(name);
    const res = await me().post("model-versions/transition-stage", {
      name,
      version: "1",
      stage: "staging",
      archive_existing_versions: false,
    });
    expect(res.status).toBe(200);
    expect(res.body.model_version.current_stage).toBe("None");
    const tags = Object.fromEntries(
      res.body.model_version.tags.map((t: { key: string; value: string }) => [t.key, t.value]),
    );
    expect(tags["registry.promotion_request_status"]).toBe("PENDING");
    const request = await db.promotionRequest.findUniqueOrThrow({
      where: { id: tags["registry.promotion_request_id"] },
      select: { toStage: true, status: true, versionId: true },
    });
    expect(request).toMatchObject({ toStage: "STAGING", status: "PENDING" });
    expect(await stageOf(request.versionId)).toBe("DEVELOPMENT");
    // Repeated while it waits: the same request, no second one.
    const again = await me().post("model-versions/transition-stage", {
      name,
      version: "1",
      stage: "Staging",
    });
    expect(again.status).toBe(200);
    expect(again.body.model_version.tags).toEqual(res.body.model_version.tags);
    expect(await db.promotionRequest.count({ where: { versionId: request.versionId } })).toBe(1);
    // To the stage it is in: nothing to ask, the version as it stands.
    const same = await me().post("model-versions/transition-stage", { name, version: "1", stage: "None" });
    expect([same.status, same.body.model_version.current_stage]).toEqual([200, "None"]);
    expect(await db.promotionRequest.count({ where: { versionId: request.versionId } })).toBe(1);
    expectError(
      await as(people.outsider.token).post("model-versions/transition-stage", {
        name,
        version: "1",
        stage: "Staging",
      }),
      403,
      "PERMISSION_DENIED",
    );
    expectError(
      await me().post("model-versions/transition-stage", { name, version: "1", stage: "Live" }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
    expectError(
      await as(people.leader.token).post("model-versions/transition-stage", {
        name,
        version: "1",
        stage: "Staging",
      }),
      403,
      "PERMISSION_DENIED",
    );
  });

  it("answers an enforced policy's refusal as PERMISSION_DENIED naming the failing rules", async () => {
    const officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
    await db.policy.create({
      data: {
        key: unique("weights-gate"),
        version: 1,
        name: "Weights before production",
        targetStage: "PRODUCTION",
        mode: "ENFORCE",
        rules: [{ id: "weights", kind: "required_artifacts", formats: ["SAFETENSORS"] }],
        createdById: officer.user.id,
      },
    });
    const model = await createModel({ teamId: people.team.id, createdById: people.scientist.user.id });
    await createVersion({ modelId: model.id, createdById: people.scientist.user.id, stage: "STAGING" });
    const res = await me().post("model-versions/transition-stage", {
      name: model.slug,
      version: "1",
      stage: "Production",
    });
    expectError(res, 403, "PERMISSION_DENIED", /Weights before production/);
    expect(res.body.rules).toEqual([
      expect.objectContaining({ policyName: "Weights before production", ruleId: "weights" }),
    ]);
    expect(res.body.requestId).toEqual(expect.any(String));
  });

  it("refuses to delete a live version or a model that has one; deletes the rest, audited", async () => {
    const model = await createModel({ teamId: people.team.id, createdById: people.scientist.user.id });
    await createVersion({ modelId: model.id, createdById: people.scientist.user.id, stage: "PRODUCTION" });
    const spare = await createVersion({ modelId: model.id, createdById: people.scientist.user.id });
    expectError(
      await me().del("model-versions/delete", { name: model.slug, version: "1" }),
      409,
      "RESOURCE_CONFLICT",
      /PRODUCTION/,
    );
    expectError(
      await me().del("registered-models/delete", { name: model.slug }),
      409,
      "RESOURCE_CONFLICT",
      /PRODUCTION/,
    );
    expectError(
      await as(people.outsider.token).del("model-versions/delete", { name: model.slug, version: "2" }),
      403,
      "PERMISSION_DENIED",
    );
    expect((await me().del("model-versions/delete", { name: model.slug, version: "2" })).body).toEqual({});
    expect(await db.modelVersion.findUnique({ where: { id: spare.id } })).toBeNull();
    expect((await eventsOf(spare.id)).map((e) => e.action)).toEqual(["model_version.deleted"]);
    // The deleted number is not given again: `models:/name/2` never meant two different versions.
    const next = await me().post("model-versions/create", { name: model.slug, source: "s3://b/next" });
    expect(next.body.model_version.version).toBe("3");
    const detail = await callRoute(getModelRoute, {
      url: `/api/v1/models/${model.slug}`,
      token: people.scientist.token,
      params: { slug: model.slug },
    });
    expect(detail.body.model).toMatchObject({ versionCount: 2, nextVersion: 4 });

    const name = await registered();
    await versionOf(name);
    await me().post("registered-models/alias", { name, alias: "candidate", version: "1" });
    expect((await me().del("registered-models/delete", { name })).status).toBe(200);
    expectError(await me().get("registered-models/get", { name }), 404, "RESOURCE_DOES_NOT_EXIST");
  });

  it("refuses to delete a version with governance records", async () => {
    const name = await registered();
    await versionOf(name);
    await me().post("model-versions/transition-stage", { name, version: "1", stage: "Staging" });
    expectError(
      await me().del("model-versions/delete", { name, version: "1" }),
      409,
      "RESOURCE_CONFLICT",
      /promotion requests/,
    );
  });
});
