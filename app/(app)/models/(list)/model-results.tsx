import { CompareForm } from "@/components/compare/compare-form";
import { Pager } from "@/components/ui/pager";
import {
  hasFilters,
  listsVersions,
  modelListHref,
  type ModelListParams,
} from "@/components/models/list-params";
import { InvalidFilters, ModelsEmpty } from "@/components/models/models-empty";
import { ModelsTable } from "@/components/models/models-table";
import { VersionsTable } from "@/components/models/versions-table";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ListModelsQuery } from "@/lib/schemas/models";
import type { ListVersionsQuery } from "@/lib/schemas/versions";
import { listModels } from "@/lib/server/models/list-models";
import { countVersions, listVersions } from "@/lib/server/versions/list-versions";

const PAGE_SIZE = 25;

type Props = { principal: Principal; params: ModelListParams; mayCreate: boolean };

/**
 * Tags (and the dashboard's evaluation and policy filters) belong to versions, so such a filter, or
 * `view=versions`, lists matching versions with their total (listVersions takes the same model
 * filters); otherwise models. A filter the service refuses comes back as its field messages.
 */
async function loadPage(principal: Principal, { view: _view, sort, cursor, ...filters }: ModelListParams) {
  try {
    if (listsVersions({ view: _view, ...filters })) {
      const query = filters as ListVersionsQuery;
      const [page, total] = await Promise.all([
        listVersions(principal, { ...query, cursor, limit: PAGE_SIZE }),
        countVersions(principal, query),
      ]);
      return { versions: page, total };
    }
    return {
      models: await listModels(principal, { ...filters, sort, cursor, limit: PAGE_SIZE } as ListModelsQuery),
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "validation_failed")
      return { invalid: error.fields ?? {} };
    throw error;
  }
}

function versionsDescription(params: ModelListParams, total: number) {
  const parts = [
    params.tag && `tagged “${params.tag}”`,
    params.notEvaluatedInDays && `with no evaluation in ${params.notEvaluatedInDays} days`,
    params.liveWithFailedPolicy && "taken to production although a policy failed",
  ].filter(Boolean);
  return `${total.toLocaleString("en")} ${total === 1 ? "version" : "versions"}${parts.length ? ` ${parts.join(", ")}` : ""}, newest first.`;
}

export async function ModelResults({ principal, params, mayCreate }: Props) {
  const result = await loadPage(principal, params);
  const hrefFor = (next?: string) => modelListHref({ ...params, cursor: next });
  const filtered = hasFilters(params) || !!params.cursor;
  if (result.invalid) return <InvalidFilters fields={result.invalid} />;
  const page = result.versions ?? result.models;
  if (page.items.length === 0) return <ModelsEmpty filtered={filtered} mayCreate={mayCreate} />;
  return (
    <>
      {result.versions ? (
        <>
          <p className="mb-3 text-sm text-slate-700" data-testid="list-total">
            {versionsDescription(params, result.total)}
          </p>
          <CompareForm>
            <VersionsTable versions={result.versions.items} caption="Model versions" />
          </CompareForm>
        </>
      ) : (
        <ModelsTable models={result.models.items} />
      )}
      <Pager nextCursor={page.nextCursor} onLaterPage={!!params.cursor} hrefFor={hrefFor} />
    </>
  );
}
