import { beforeAll, describe, expect, it } from "vitest";
import { failure } from "@/tests/support/app-error";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { createUser } from "@/tests/support/factories";
import { policyInput, storePolicyVersion } from "@/tests/support/policy-rows";
import { createPolicy } from "./create-policy";
import { getPolicyOrThrow } from "./get-policy";
import { listPolicies } from "./list-policies";
import { updatePolicy } from "./update-policy";

type Person = Awaited<ReturnType<typeof createUser>>;
let officer: Person;
let scientist: Person;

const counts = async () => ({ policies: await db.policy.count(), audit: await db.auditEvent.count() });

beforeAll(async () => {
  officer = await createUser({ roles: ["COMPLIANCE_OFFICER"] });
  scientist = await createUser({ roles: ["DATA_SCIENTIST"] });
});

describe("createPolicy", () => {
  it("stores version 1 keyed by a slug of the name, and audits policy.created with the whole policy", async () => {
    const input = policyInput({ name: "Production Quality Gate", description: " " });
    const policy = await createPolicy(officer.principal, input);
    expect(policy).toMatchObject({
      id: "production-quality-gate",
      version: 1,
      name: "Production Quality Gate",
      description: null,
      mode: "SHADOW",
      rules: input.rules,
      rulesError: null,
      createdBy: { id: officer.user.id, email: officer.user.email },
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "policy.created", entityId: "production-quality-gate" },
    });
    expect(event).toMatchObject({ entityType: "policy", actorId: officer.user.id });
    expect(event.changes).toMatchObject({ id: "production-quality-gate", version: 1, rules: input.rules });
  });

  it("makes a taken key unique with a short suffix", async () => {
    const first = await createPolicy(officer.principal, policyInput({ name: "Same name" }));
    const second = await createPolicy(officer.principal, policyInput({ name: "Same name" }));
    expect(first.id).toBe("same-name");
    expect(second.id).toMatch(/^same-name-[0-9a-z]{4}$/);
  });

  it("answers 400 with each rule's field path, and stores nothing", async () => {
    const before = await counts();
    const error = await failure(
      createPolicy(officer.principal, {
        ...policyInput(),
        name: "",
        rules: [
          { id: "ok", kind: "metric_min", suite: "helm", metric: "accuracy", threshold: 0.8 },
          { id: "ok", kind: "required_artifacts", formats: [] },
          {
            id: "gate",
            kind: "metric_max",
            suite: "",
            metric: "loss",
            threshold: "low" as unknown as number,
          },
        ],
      }),
    );
    expect(error.status).toBe(400);
    expect(error.fields).toMatchObject({
      name: expect.any(String),
      "rules.1.formats": "Choose at least one format",
      "rules.2.suite": "Name the suite",
      "rules.2.threshold": "A number",
    });
    expect(await counts()).toEqual(before);
  });

  it("answers 403 to a data scientist before reading the input", async () => {
    const before = await counts();
    const error = await failure(createPolicy(scientist.principal, "junk" as never));
    expect(error.status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe("updatePolicy", () => {
  it("saves version 2 with its diff, audits policy.updated, and keeps version 1 as it was", async () => {
    const created = await createPolicy(officer.principal, policyInput({ name: "Fairness gate" }));
    const input = policyInput({
      name: "Fairness gate",
      mode: "ENFORCE",
      changeNote: "Enforce after a quiet quarter",
      rules: [
        { id: "accuracy", kind: "metric_min", suite: "helm", metric: "accuracy", threshold: 0.85 },
        { id: "weights", kind: "required_artifacts", formats: ["SAFETENSORS", "GGUF"] },
      ],
    });
    const saved = await updatePolicy(officer.principal, created.id, input);
    expect(saved).toMatchObject({
      id: created.id,
      version: 2,
      mode: "ENFORCE",
      changeNote: input.changeNote,
    });

    const { policy, versions } = await getPolicyOrThrow(scientist.principal, created.id);
    expect(policy).toMatchObject({ version: 2, mode: "ENFORCE" });
    expect(versions.map((v) => [v.version, v.mode])).toEqual([
      [2, "ENFORCE"],
      [1, "SHADOW"],
    ]);
    expect(versions[0]!.diff.lines).toEqual([
      "Mode: SHADOW -> ENFORCE",
      "Rule accuracy: threshold 0.8 -> 0.85",
      "Rule weights: artifact formats: added GGUF",
    ]);
    expect(versions[1]!.diff.initial).toBe(true);

    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "policy.updated", entityId: created.id },
    });
    expect(event.changes).toMatchObject({
      version: 2,
      previousVersion: 1,
      changeNote: "Enforce after a quiet quarter",
      diff: { fields: [{ field: "mode", from: "SHADOW", to: "ENFORCE" }] },
    });
  });

  it("refuses a save identical to the current version (a new change note alone is no change)", async () => {
    const input = policyInput();
    const created = await createPolicy(officer.principal, input);
    const before = await counts();
    const error = await failure(
      updatePolicy(officer.principal, created.id, { ...input, changeNote: "Just saving" }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/^Nothing changed/);
    expect(await counts()).toEqual(before);
  });

  it("lets one of two simultaneous saves win; the other is a 409 and writes nothing", async () => {
    const created = await createPolicy(officer.principal, policyInput());
    const auditBefore = await db.auditEvent.count();
    // Hold the current version's lock, so both saves queue behind it and then race for version 2.
    let release!: () => void;
    const held = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Policy" WHERE key = ${created.id} FOR UPDATE`;
      await new Promise<void>((resolve) => (release = resolve));
    });
    await waitFor(async () => !!release);
    const saves = [
      updatePolicy(officer.principal, created.id, policyInput({ name: "Renamed by one" })),
      updatePolicy(officer.principal, created.id, policyInput({ name: "Renamed by other" })),
    ].map((save) =>
      save.then(
        () => "saved",
        (error: AppError) => error.status,
      ),
    );
    await waitFor(async () => (await lockWaiters()) >= 2);
    release();
    await held;
    expect((await Promise.all(saves)).sort()).toEqual([409, "saved"]);
    expect(await db.policy.count({ where: { key: created.id } })).toBe(2);
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);
  });

  it("refuses a save made over a version the editor never saw", async () => {
    const created = await createPolicy(officer.principal, policyInput());
    await updatePolicy(officer.principal, created.id, policyInput({ mode: "ENFORCE" }));
    const error = await failure(
      updatePolicy(officer.principal, created.id, policyInput({ enabled: false }), { expectedVersion: 1 }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toContain("version 2");
  });

  it("answers 403 to a scientist, 400 before 404, and 404 for an unknown key", async () => {
    const created = await createPolicy(officer.principal, policyInput());
    expect((await failure(updatePolicy(scientist.principal, created.id, policyInput()))).status).toBe(403);
    expect((await failure(updatePolicy(officer.principal, "no-such-policy", {} as never))).status).toBe(400);
    expect((await failure(updatePolicy(officer.principal, "no-such-policy", policyInput()))).status).toBe(
      404,
    );
    expect((await failure(getPolicyOrThrow(scientist.principal, "no-such-policy"))).status).toBe(404);
  });
});

describe("stored rules that no longer parse", () => {
  it("are reported, not thrown, and a save over them makes a readable version", async () => {
    const key = "legacy-gate";
    await storePolicyVersion({ key, version: 1, createdById: officer.user.id, rules: [{ kind: "gone" }] });
    const { policy, versions } = await getPolicyOrThrow(officer.principal, key);
    expect(policy.rulesError).toMatch(/do not match the rule schema/);
    expect(policy.rules).toEqual([{ kind: "gone" }]);
    expect(versions[0]!.diff.rules.unreadable).toBe(true);
    const saved = await updatePolicy(officer.principal, key, policyInput({ name: key }));
    expect(saved).toMatchObject({ version: 2, rulesError: null });
  });
});

describe("listPolicies", () => {
  it("lists each policy's current version by name, filtered on that version", async () => {
    const a = await createPolicy(
      officer.principal,
      policyInput({ name: "zz Alpha", targetStage: "STAGING" }),
    );
    await updatePolicy(officer.principal, a.id, policyInput({ name: "zz Alpha", targetStage: "PRODUCTION" }));
    await createPolicy(officer.principal, policyInput({ name: "zz Beta", targetStage: "STAGING" }));
    const mine = <T extends { name: string }>(items: T[]) => items.filter((p) => p.name.startsWith("zz "));

    const all = await listPolicies(scientist.principal);
    expect(all.nextCursor).toBeNull();
    expect(mine(all.items).map((p) => [p.name, p.version])).toEqual([
      ["zz Alpha", 2],
      ["zz Beta", 1],
    ]);
    const staging = await listPolicies(scientist.principal, { targetStage: "STAGING" });
    expect(mine(staging.items).map((p) => p.name)).toEqual(["zz Beta"]);
    const disabled = await listPolicies(scientist.principal, { enabled: "false" });
    expect(mine(disabled.items)).toEqual([]);
    expect(
      (await failure(listPolicies(scientist.principal, { mode: "LOUD" as never }))).fields,
    ).toHaveProperty("mode");
  });
});

async function lockWaiters(): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM pg_stat_activity
    WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return Number(row!.count);
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
