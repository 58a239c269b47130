/**
 * The dry run of a promotion request: the verdict of the policies in force, with nothing stored.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as checkRoute } from "@/app/api/v1/versions/[id]/promotion-check/route";
import { rulesSchema } from "@/lib/policy/rules";
import { promotionCheckSchema } from "@/lib/schemas/promotions";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import {
  createModelWithVersions,
  setupWorkflowPeople,
  type WorkflowPeople,
} from "@/tests/support/promotion-kit";

let people: WorkflowPeople;

beforeAll(async () => {
  people = await setupWorkflowPeople();
  const policies = [
    {
      key: "weights-gate",
      name: "Weights before staging",
      mode: "ENFORCE" as const,
      rules: [{ id: "weights", kind: "required_artifacts", formats: ["SAFETENSORS"] }],
    },
    {
      key: "card-shadow",
      name: "Model card (shadow)",
      mode: "SHADOW" as const,
      rules: [{ id: "card", kind: "model_card_sections", required: ["intendedUse"] }],
    },
  ];
  for (const policy of policies)
    await db.policy.create({
      data: {
        ...policy,
        rules: rulesSchema.parse(policy.rules),
        version: 1,
        targetStage: "STAGING",
        enabled: true,
        createdById: people.officer1.user.id,
      },
    });
});

const check = (token: string, id: string, toStage: string) =>
  callRoute(checkRoute, {
    url: `/api/v1/versions/${id}/promotion-check?toStage=${toStage}`,
    token,
    params: { id },
  });
const stored = async () => ({
  requests: await db.promotionRequest.count(),
  events: await db.auditEvent.count(),
});

describe("checking a promotion before asking", () => {
  it("gives the verdict a request would get, blocking and shadow rules named, and stores nothing", async () => {
    const { versions } = await createModelWithVersions(people, ["DEVELOPMENT"]);
    const id = versions[0]!.id;
    const before = await stored();
    const response = await check(people.leader.token, id, "STAGING");
    expect(response.status).toBe(200);
    expect(promotionCheckSchema.safeParse(response.body.check).success).toBe(true);
    expect(response.body.check).toMatchObject({
      toStage: "STAGING",
      blocked: true,
      failingRules: [{ policyId: "weights-gate", ruleId: "weights" }],
      shadowFailures: [{ policyId: "card-shadow", ruleId: "card" }],
      requiredApprovals: 1,
    });
    expect(await stored()).toEqual(before);

    await db.artifact.create({
      data: {
        versionId: id,
        name: "model.safetensors",
        uri: "s3://models/model.safetensors",
        sizeBytes: BigInt(1024),
        sha256: "a".repeat(64),
        format: "SAFETENSORS",
        createdById: people.registrant.user.id,
      },
    });
    expect((await check(people.requester.token, id, "STAGING")).body.check).toMatchObject({
      blocked: false,
      failingRules: [],
    });
  });

  it("refuses a move the path does not allow, a stage that does not exist and an unknown version", async () => {
    const { versions } = await createModelWithVersions(people, ["DEVELOPMENT"]);
    const id = versions[0]!.id;
    const skip = await check(people.requester.token, id, "PRODUCTION");
    expect([skip.status, skip.body.error.code]).toEqual([422, "transition_not_allowed"]);
    const bad = await check(people.requester.token, id, "LIVE");
    expect([bad.status, Object.keys(bad.body.error.fields ?? {})]).toEqual([400, ["toStage"]]);
    expect((await check(people.requester.token, "no-such-version", "STAGING")).status).toBe(404);
  });
});
