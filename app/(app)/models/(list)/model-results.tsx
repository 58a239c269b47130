import { ListPager } from "@/components/models/list-pager";
import { hasFilters, modelListHref, type ModelListParams } from "@/components/models/list-params";
import { InvalidFilters, ModelsEmpty } from "@/components/models/models-empty";
import { ModelsTable } from "@/components/models/models-table";
import { TaggedVersionsTable } from "@/components/models/tagged-versions-table";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ListModelsQuery } from "@/lib/schemas/models";
import type { ListVersionsQuery } from "@/lib/schemas/versions";
import { listModels } from "@/lib/server/models/list-models";
import { listVersions } from "@/lib/server/versions/list-versions";

const PAGE_SIZE = 25;

type Props = { principal: Principal; params: ModelListParams; mayCreate: boolean };

/**
 * Tags belong to versions, so a tag filter lists matching versions (listVersions takes the same model
 * filters); otherwise models. A filter the service refuses comes back as its field messages.
 */
async function loadPage(principal: Principal, { tag, sort, cursor, ...filters }: ModelListParams) {
  try {
    if (tag)
      return {
        tagged: await listVersions(principal, {
          ...filters,
          tag,
          cursor,
          limit: PAGE_SIZE,
        } as ListVersionsQuery),
      };
    return {
      models: await listModels(principal, { ...filters, sort, cursor, limit: PAGE_SIZE } as ListModelsQuery),
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "validation_failed")
      return { invalid: error.fields ?? {} };
    throw error;
  }
}

export async function ModelResults({ principal, params, mayCreate }: Props) {
  const result = await loadPage(principal, params);
  const hrefFor = (next?: string) => modelListHref({ ...params, cursor: next });
  const filtered = hasFilters(params) || !!params.cursor;
  if (result.invalid) return <InvalidFilters fields={result.invalid} />;
  const page = result.tagged ?? result.models;
  if (page.items.length === 0) return <ModelsEmpty filtered={filtered} mayCreate={mayCreate} />;
  return (
    <>
      {result.tagged ? (
        <>
          <p className="mb-3 text-sm text-slate-700">
            Tags belong to versions: showing the versions tagged “{params.tag}”, newest first.
          </p>
          <TaggedVersionsTable versions={result.tagged.items} tag={params.tag!} />
        </>
      ) : (
        <ModelsTable models={result.models.items} />
      )}
      <ListPager nextCursor={page.nextCursor} onLaterPage={!!params.cursor} hrefFor={hrefFor} />
    </>
  );
}
