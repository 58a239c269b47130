/**
 * Officers deciding at the same moment, each on a connection of its own. A barrier holds every racer
 * until all of them have opened their transaction, so the decisions really overlap.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db";
import {
  createModelWithVersions,
  createPendingRequest,
  eventsOf,
  separateClients,
  setupWorkflowPeople,
  stageOf,
  statusOf,
  type WorkflowPeople,
} from "@/tests/support/promotion-kit";
import { recordDecision } from "./record-decision";
import { withdrawRequest } from "./withdraw-request";

const ROUNDS = 25;
let people: WorkflowPeople;
let clients: PrismaClient[];

beforeAll(async () => {
  people = await setupWorkflowPeople();
  clients = separateClients(2);
  await Promise.all(clients.map((client) => client.$queryRaw`SELECT 1`));
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
});

type Racer = (tx: Parameters<typeof recordDecision>[0]) => Promise<unknown>;

/** Runs each racer in a transaction of its own client, all released together once every one has begun. */
async function race(racers: Racer[]) {
  let arrived = 0;
  let release!: () => void;
  const allIn = new Promise<void>((resolve) => (release = resolve));
  return Promise.allSettled(
    racers.map((run, i) =>
      clients[i]!.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        if (++arrived === racers.length) release();
        await allIn;
        return run(tx);
      }),
    ),
  );
}

const approveAs =
  (officer: WorkflowPeople["officer1"], requestId: string): Racer =>
  (tx) =>
    recordDecision(tx, {
      requestId,
      actor: officer.user,
      decision: "APPROVE",
      comment: "",
      now: new Date(),
    });

const refusals = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));

async function pending(
  stages: Parameters<typeof createModelWithVersions>[1],
  toStage: "STAGING" | "PRODUCTION" | "ARCHIVED",
  requiredApprovals = 1,
) {
  const { versions } = await createModelWithVersions(people, stages);
  const version = versions.at(-1)!;
  const request = await createPendingRequest({
    versionId: version.id,
    requestedById: people.requester.user.id,
    fromStage: stages.at(-1)!,
    toStage,
    requiredApprovals,
  });
  return { versionId: version.id, requestId: request.id, versions };
}

describe("decisions racing", () => {
  it(`two officers on a one-approval request: one approval, one move, the other gets 409 (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { versionId, requestId } = await pending(["DEVELOPMENT"], "STAGING");
      const results = await race([
        approveAs(people.officer1, requestId),
        approveAs(people.officer2, requestId),
      ]);
      const refused = refusals(results);
      expect(refused, `round ${round}`).toHaveLength(1);
      expect(refused[0]).toBeInstanceOf(AppError);
      expect((refused[0] as AppError).status).toBe(409);
      expect(await db.approval.count({ where: { requestId } })).toBe(1);
      expect(await statusOf(requestId)).toBe("APPROVED");
      expect(await stageOf(versionId)).toBe("STAGING");
      expect(await eventsOf(versionId, "model_version.stage_changed")).toHaveLength(1);
      expect(await eventsOf(requestId, "promotion.approved")).toHaveLength(1);
      expect(await eventsOf(requestId, "promotion.decision_recorded")).toHaveLength(1);
    }
  });

  it(`two officers on a two-approval request: both count, the stage moves once (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { versionId, requestId } = await pending(["STAGING"], "PRODUCTION", 2);
      const results = await race([
        approveAs(people.officer1, requestId),
        approveAs(people.officer2, requestId),
      ]);
      expect(refusals(results), `round ${round}`).toEqual([]);
      expect(await db.approval.count({ where: { requestId } })).toBe(2);
      expect(await statusOf(requestId)).toBe("APPROVED");
      expect(await stageOf(versionId)).toBe("PRODUCTION");
      expect(await eventsOf(versionId, "model_version.stage_changed")).toHaveLength(1);
      expect(await eventsOf(requestId, "promotion.approved")).toHaveLength(1);
    }
  });

  it("two requests of one version approved at once: one moves it, the other is superseded (no deadlock)", async () => {
    for (let round = 0; round < 10; round++) {
      const { versionId, requestId } = await pending(["DEVELOPMENT"], "STAGING");
      const sibling = await createPendingRequest({
        versionId,
        requestedById: people.requester.user.id,
        fromStage: "DEVELOPMENT",
        toStage: "ARCHIVED",
      });
      const results = await race([
        approveAs(people.officer1, requestId),
        approveAs(people.officer2, sibling.id),
      ]);
      const refused = refusals(results);
      expect(refused, `round ${round}`).toHaveLength(1);
      expect((refused[0] as AppError).code).toBe("conflict");
      const statuses = [await statusOf(requestId), await statusOf(sibling.id)].sort();
      expect(statuses).toEqual(["APPROVED", "WITHDRAWN"]);
      expect(await eventsOf(versionId, "model_version.stage_changed")).toHaveLength(1);
    }
  });

  it("two versions of one model promoted to PRODUCTION at once: exactly one serves afterwards", async () => {
    for (let round = 0; round < 10; round++) {
      const { versions } = await createModelWithVersions(people, ["PRODUCTION", "STAGING", "STAGING"]);
      const requests = await Promise.all(
        versions.slice(1).map((version) =>
          createPendingRequest({
            versionId: version.id,
            requestedById: people.requester.user.id,
            fromStage: "STAGING",
            toStage: "PRODUCTION",
          }),
        ),
      );
      const results = await race(
        requests.map((request, i) => approveAs(i ? people.officer2 : people.officer1, request.id)),
      );
      expect(refusals(results), `round ${round}`).toEqual([]);
      const stages = await Promise.all(versions.map((version) => stageOf(version.id)));
      expect(
        stages.filter((stage) => stage === "PRODUCTION"),
        `round ${round}: ${stages}`,
      ).toHaveLength(1);
      expect(stages[0]).toBe("ARCHIVED");
    }
  });

  it("a withdrawal and an approval at once: exactly one of them happens", async () => {
    for (let round = 0; round < 10; round++) {
      const { versionId, requestId } = await pending(["DEVELOPMENT"], "STAGING");
      const results = await race([
        approveAs(people.officer1, requestId),
        (tx) =>
          withdrawRequest(tx, { requestId, actor: people.requester.user, reason: null, now: new Date() }),
      ]);
      expect(refusals(results), `round ${round}`).toHaveLength(1);
      const status = await statusOf(requestId);
      expect(["APPROVED", "WITHDRAWN"]).toContain(status);
      expect(await stageOf(versionId)).toBe(status === "APPROVED" ? "STAGING" : "DEVELOPMENT");
    }
  });

  it("leaves the audit chain intact", async () => {
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
