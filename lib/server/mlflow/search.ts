import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { MlflowError } from "@/lib/mlflow/errors";
import { parseFilter, type FilterEntity } from "@/lib/mlflow/filter";
import type { searchMessage } from "@/lib/mlflow/messages";
import { parseOrderBy } from "@/lib/mlflow/order-by";
import { decodePageToken, encodePageToken } from "@/lib/mlflow/page-token";
import { toWireModelVersion, toWireRegisteredModel } from "@/lib/mlflow/wire";
import type { z } from "zod";
import { readRegisteredModels, readVersions } from "./read-wire";
import { orderOf, whereOf } from "./search-sql";

type SearchMessage = z.output<typeof searchMessage>;

/** MLflow's own page sizes: the default when none is asked for, and the most one page may hold. */
export const MAX_RESULTS = {
  registered_model: { default: 100, max: 1000 },
  model_version: { default: 10_000, max: 200_000 },
} as const;

/** Filter, order and page as SQL; one row more than the page says whether another page follows. */
function plan(entity: FilterEntity, message: SearchMessage) {
  const limits = MAX_RESULTS[entity];
  const max = message.max_results ?? limits.default;
  if (max > limits.max)
    throw new MlflowError(
      "INVALID_PARAMETER_VALUE",
      `Invalid value for request parameter max_results. It must be at most ${limits.max}, but got value ${max}`,
    );
  const offset = decodePageToken(message.page_token);
  if (offset === null)
    throw new MlflowError("INVALID_PARAMETER_VALUE", "Invalid page token: it was not made by this server");
  const where = whereOf(entity, parseFilter(message.filter, entity));
  const tail = Prisma.sql`${orderOf(entity, parseOrderBy(message.order_by ?? [], entity))} LIMIT ${max + 1} OFFSET ${offset}`;
  const next = (found: number) => (found > max ? encodePageToken(offset + max) : undefined);
  return { where, tail, max, next };
}

export async function searchRegisteredModels(message: SearchMessage) {
  const { where, tail, max, next } = plan("registered_model", message);
  const rows = await readRegisteredModels(where, tail);
  return compactPage("registered_models", rows.slice(0, max).map(toWireRegisteredModel), next(rows.length));
}

export async function searchModelVersions(message: SearchMessage) {
  const { where, tail, max, next } = plan("model_version", message);
  const rows = await readVersions(where, tail);
  return compactPage("model_versions", rows.slice(0, max).map(toWireModelVersion), next(rows.length));
}

/** Proto3 JSON: an empty list and a missing token are left out. */
function compactPage(field: string, items: unknown[], nextPageToken: string | undefined) {
  return {
    ...(items.length > 0 ? { [field]: items } : {}),
    ...(nextPageToken ? { next_page_token: nextPageToken } : {}),
  };
}
