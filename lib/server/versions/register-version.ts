import "server-only";
import { createHash } from "node:crypto";
import { Prisma, type ModelKind, type RiskTier } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { sectionStatuses } from "@/lib/formats/model-card-sections";
import { distinct } from "@/lib/schemas/registry";
import {
  registerVersionSchema,
  type RegisterVersionData,
  type RegisterVersionInput,
} from "@/lib/schemas/versions";
import type { UserActor } from "@/lib/server/audit/record-audit";
import { runsFromModelIndex } from "@/lib/metrics/input/model-index-runs";
import { distinctKeyTags, type KeyTag } from "@/lib/schemas/key-tags";
import { db, newRowId, type Tx } from "@/lib/server/db";
import { queryPrepared } from "@/lib/server/sql";
import { insertEvaluationRuns } from "@/lib/server/metrics/insert-evaluation-runs";
import { requireOwnership } from "@/lib/server/registry/access";
import { parseInput } from "@/lib/validation";
import { coverNewVersion, lockErasureRequests } from "@/lib/server/erasure/cover-new-version";
import {
  loadReferences,
  requireValidReferences,
  type ErasureReach,
  type VersionReferences,
} from "./check-version-references";
import { insertVersion, type VersionRow } from "./insert-version";
import { toVersionDetail, type VersionDetail } from "./version-view";

type RegisteringModel = { id: string; slug: string; name: string; kind: ModelKind; riskTier: RiskTier };
/** A model as registration needs it: what the detail shows, and who owns it. */
export type OwnedModel = RegisteringModel & { teamId: string; createdById: string };
/** OwnedModel's columns, of a model read as `m`. */
export const OWNED_MODEL_COLUMNS = Prisma.sql`m.id, m.slug, m.name, m.kind, m."riskTier", m."teamId", m."createdById"`;

/**
 * Registers the next version of a model with its lineage, datasets, adapter and training facts, all fixed
 * from here on. Checks in the order of docs/api-conventions.md: role 403, body 400 (shape, then references and kind rules),
 * model 404, ownership 403. Version, edges, dataset usages and the `model_version.registered` event are
 * written in one statement.
 */
export async function registerVersion(
  principal: Principal,
  modelSlug: string,
  input: RegisterVersionInput,
  extras: VersionRegistrationExtras = {},
): Promise<VersionDetail> {
  requirePermission(principal, "versions.write");
  const data = parseInput(registerVersionSchema, input);
  const [[model], refs] = await Promise.all([
    queryPrepared<OwnedModel>`
      SELECT ${OWNED_MODEL_COLUMNS} FROM "Model" m WHERE m.slug = ${modelSlug}`,
    loadReferences(null, data),
  ]);
  requireValidReferences(data, model?.kind, refs);
  if (!model) throw notFound(`The model "${modelSlug}"`);
  return storeChecked(principal, model, data, refs, extras);
}

/**
 * The same registration for a model the caller has already looked up (MLflow addresses models by name,
 * and its 404 comes first): role 403, body 400, ownership 403.
 */
export async function registerVersionOf(
  principal: Principal,
  model: OwnedModel,
  input: RegisterVersionInput,
  extras: VersionRegistrationExtras = {},
): Promise<VersionDetail> {
  requirePermission(principal, "versions.write");
  const data = parseInput(registerVersionSchema, input);
  const refs = await loadReferences(null, data);
  requireValidReferences(data, model.kind, refs);
  return storeChecked(principal, model, data, refs, extras);
}

async function storeChecked(
  principal: Principal,
  model: OwnedModel,
  data: RegisterVersionData,
  refs: VersionReferences,
  extras: VersionRegistrationExtras,
): Promise<VersionDetail> {
  await requireOwnership(principal, model);
  const created = await storeVersion(null, {
    actor: principal,
    model,
    data,
    extras,
    erasures: refs.erasures,
    now: new Date(),
  });
  // Everything the detail shows is already in hand (a new version has no artifacts yet), so it is
  // assembled rather than read back: registration is on the benchmark's hot path.
  return toVersionDetail({
    ...created,
    model: { id: model.id, slug: model.slug, name: model.name, kind: model.kind, riskTier: model.riskTier },
    createdBy: { id: principal.id, name: principal.name, email: principal.email },
    parentEdges: (data.parents ?? []).map((p) => ({
      relation: p.relation,
      parent: refs.parents.get(p.versionId)!,
    })),
    datasetUsages: (data.datasets ?? []).map((u) => ({
      role: u.role,
      datasetVersion: refs.datasets.get(u.datasetVersionId)!,
    })),
    artifacts: [],
  });
}

/**
 * The same registration inside the caller's transaction, as of `now`: the body and its references are
 * checked as registerVersion checks them (through the transaction, so versions written earlier in it
 * count), but not the role or ownership. The demo seed writes its history through here.
 */
export async function registerVersionInTransaction(
  tx: Tx,
  params: {
    actor: UserActor;
    model: RegisteringModel;
    input: RegisterVersionInput;
    now: Date;
  },
) {
  const data = parseInput(registerVersionSchema, params.input);
  const refs = await loadReferences(tx, data);
  requireValidReferences(data, params.model.kind, refs);
  return storeVersion(tx, { ...params, data, extras: {}, erasures: refs.erasures });
}

type StoreParams = {
  actor: UserActor;
  model: RegisteringModel;
  data: RegisterVersionData;
  extras: VersionRegistrationExtras;
  /** open erasure requests the version falls under (loadReferences) */
  erasures: ErasureReach[];
  now: Date;
};

/**
 * The write of a checked registration, in the caller's transaction or, given none, on its own: one
 * statement needs no transaction around it; the card's imported evaluations, and the open erasure
 * requests the version falls under, join it in one.
 */
async function storeVersion(tx: Tx | null, params: StoreParams) {
  // The card's results whose direction is known; the form lists the others as not recorded.
  const { runs } = runsFromModelIndex(params.data.evaluations ?? [], "REGISTRATION");
  if (runs.length === 0 && params.erasures.length === 0) return writeVersion(tx, params);
  const withFollowers = async (client: Tx) => {
    const { actor, erasures, now } = params;
    const requests = await lockErasureRequests(client, erasures);
    const written = await writeVersion(client, params);
    if (runs.length > 0) await insertEvaluationRuns(client, { versionId: written.id, actor, runs, now });
    await coverNewVersion(client, { versionId: written.id, requests, actor, now });
    return written;
  };
  return tx ? withFollowers(tx) : db.$transaction(withFollowers);
}

/** The version, its number, edges, usages, key-value tags and `model_version.registered` event. */
async function writeVersion(tx: Tx | null, { actor, model, data, extras, now }: StoreParams) {
  const facts = versionData(data);
  const origin = {
    sourceUri: extras.origin?.sourceUri ?? null,
    runId: extras.origin?.runId ?? null,
    runLink: extras.origin?.runLink ?? null,
    loggedModelId: extras.origin?.loggedModelId ?? null,
  };
  const keyTags = distinctKeyTags(extras.keyTags);
  const id = newRowId();
  const written = await insertVersion(
    tx,
    { ...facts, ...origin, id, modelId: model.id, createdById: actor.id, createdAt: now },
    { parents: data.parents ?? [], datasets: data.datasets ?? [], keyTags },
    {
      actor: { id: actor.id, email: actor.email },
      action: "model_version.registered",
      entityType: "model_version",
      entityId: id,
      // `version` is the number the statement decides
      changes: {
        ...registeredFacts(data, model),
        ...extras.origin,
        ...(keyTags.length ? { keyTags } : {}),
      },
      occurredAt: now,
    },
  );
  return {
    ...facts,
    ...origin,
    ...written,
    hyperparameters: (facts.hyperparameters ?? null) as Prisma.JsonValue,
    compute: (facts.compute ?? null) as Prisma.JsonValue,
    adapterRankPattern: (facts.adapterRankPattern ?? null) as Prisma.JsonValue,
    adapterAlphaPattern: (facts.adapterAlphaPattern ?? null) as Prisma.JsonValue,
    keyTags,
    aliases: [],
  };
}

/**
 * Where a version came from when an MLflow client registers it (its `source`, run and logged model),
 * and its key-value tags, written in the same transaction and recorded in the same event.
 */
export type VersionRegistrationExtras = {
  origin?: { [key in keyof Origin]?: string };
  keyTags?: readonly KeyTag[];
};

type Origin = Pick<VersionRow, "sourceUri" | "runId" | "runLink" | "loggedModelId">;

// PEFT writes an unused rank_pattern or alpha_pattern as {}: kept as "none", not as an empty override.
const nonEmpty = (pattern: Record<string, number> | null | undefined) =>
  pattern && Object.keys(pattern).length > 0 ? pattern : undefined;

function versionData(data: RegisterVersionData) {
  const targets = data.adapter?.targetModules;
  return {
    tags: distinct(data.tags ?? []),
    notes: data.notes ?? null,
    hyperparameters: data.hyperparameters as Prisma.InputJsonObject | undefined,
    codeCommit: data.codeCommit ?? null,
    compute: data.compute,
    trainingStartedAt: data.trainingStartedAt ? new Date(data.trainingStartedAt) : null,
    trainingFinishedAt: data.trainingFinishedAt ? new Date(data.trainingFinishedAt) : null,
    parameterCount: data.parameterCount === undefined ? null : BigInt(data.parameterCount),
    contextLength: data.contextLength ?? null,
    modelCardMarkdown: data.modelCard || null,
    // recorded once, by the same detector the editor's checklist uses, so a card rule judges what was registered
    modelCardSections: data.modelCard ? sectionStatuses(data.modelCard) : undefined,
    adapterType: data.adapter?.type ?? null,
    adapterRank: data.adapter?.rank ?? null,
    adapterAlpha: data.adapter?.alpha ?? null,
    adapterDropout: data.adapter?.dropout ?? null,
    adapterTargetModules: Array.isArray(targets) ? targets : [],
    adapterTargetModulesRegex: typeof targets === "string" ? targets : null,
    adapterUseRslora: data.adapter?.useRslora ?? null,
    adapterTaskType: data.adapter?.taskType ?? null,
    adapterModulesToSave: data.adapter?.modulesToSave ?? [],
    adapterLayersToTransform: data.adapter?.layersToTransform ?? [],
    adapterLayersPattern: data.adapter?.layersPattern ?? [],
    adapterRankPattern: nonEmpty(data.adapter?.rankPattern),
    adapterAlphaPattern: nonEmpty(data.adapter?.alphaPattern),
  } satisfies Omit<VersionRow, "id" | "modelId" | "createdById" | "createdAt" | keyof Origin>;
}

/** The change log entry: every registered fact, the model card by its digest (it may be 200 KB). */
function registeredFacts(data: RegisterVersionData, model: { id: string; slug: string }) {
  // each imported evaluation is recorded, and audited, as a run of its own
  const { modelCard, tags, evaluations: _, ...facts } = data;
  return {
    model: { id: model.id, slug: model.slug },
    ...facts,
    tags: distinct(tags ?? []),
    modelCardSha256: modelCard ? createHash("sha256").update(modelCard).digest("hex") : undefined,
  };
}
