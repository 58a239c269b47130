/**
 * The registry as MLflow's protobuf definitions (model_registry.proto) put it on the wire, in proto3 JSON
 * the way MLflow's server writes it: snake_case names, int64 timestamps in milliseconds as numbers,
 * `version` as a string, empty strings and empty repeated fields left out, tags as `{ key, value }`.
 */
import type { Stage } from "@/generated/prisma/enums";

export const MLFLOW_STAGES: Record<Stage, string> = {
  DEVELOPMENT: "None",
  STAGING: "Staging",
  PRODUCTION: "Production",
  ARCHIVED: "Archived",
};

/** Our stage for an MLflow stage name (MLflow matches them case-insensitively), or null. */
export function stageFromMlflow(name: string): Stage | null {
  const wanted = name.trim().toLowerCase();
  const found = (Object.entries(MLFLOW_STAGES) as [Stage, string][]).find(
    ([, mlflow]) => mlflow.toLowerCase() === wanted,
  );
  return found ? found[0] : null;
}

export type KeyValue = { key: string; value: string };

export type VersionRow = {
  name: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  userId: string | null;
  stage: Stage;
  description: string | null;
  source: string | null;
  runId: string | null;
  runLink: string | null;
  loggedModelId: string | null;
  tags: KeyValue[];
  aliases: string[];
};

export type RegisteredModelRow = {
  name: string;
  createdAt: Date;
  updatedAt: Date;
  userId: string | null;
  description: string | null;
  tags: KeyValue[];
  aliases: { alias: string; version: number }[];
  latestVersions: VersionRow[];
};

type Json = Record<string, unknown>;

/** Proto3 JSON leaves out what equals the default: unset, empty strings, empty lists. */
function compact(fields: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

const byKey = (a: KeyValue, b: KeyValue) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function toWireModelVersion(row: VersionRow): Json {
  return compact({
    name: row.name,
    version: String(row.version),
    creation_timestamp: row.createdAt.getTime(),
    last_updated_timestamp: row.updatedAt.getTime(),
    user_id: row.userId,
    current_stage: MLFLOW_STAGES[row.stage],
    description: row.description,
    source: row.source,
    run_id: row.runId,
    // Registration is synchronous here: a version exists only once it is complete.
    status: "READY",
    tags: [...row.tags].sort(byKey).map(({ key, value }) => ({ key, value })),
    run_link: row.runLink,
    aliases: [...row.aliases].sort(),
    model_id: row.loggedModelId,
  });
}

export function toWireRegisteredModel(row: RegisteredModelRow): Json {
  return compact({
    name: row.name,
    creation_timestamp: row.createdAt.getTime(),
    last_updated_timestamp: row.updatedAt.getTime(),
    user_id: row.userId,
    description: row.description,
    latest_versions: row.latestVersions.map(toWireModelVersion),
    tags: [...row.tags].sort(byKey).map(({ key, value }) => ({ key, value })),
    aliases: [...row.aliases]
      .sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0))
      .map(({ alias, version }) => ({ alias, version: String(version) })),
  });
}
