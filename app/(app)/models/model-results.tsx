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
 * One page of the list. Tags live on versions, so a tag filter lists matching versions (through
 * listVersions, which takes the same model filters); otherwise models (listModels).
 */
export async function ModelResults({ principal, params, mayCreate }: Props) {
  const { tag, sort, cursor, ...filters } = params;
  const hrefFor = (next?: string) => modelListHref({ ...params, cursor: next });
  try {
    if (tag) {
      const page = await listVersions(principal, { ...filters, tag, cursor, limit: PAGE_SIZE } as ListVersionsQuery);
      if (page.items.length === 0) return <ModelsEmpty filtered mayCreate={mayCreate} />;
      return (
        <>
          <p className="mb-3 text-sm text-slate-700">Tags belong to versions: showing the versions tagged “{tag}”, newest first.</p>
          <TaggedVersionsTable versions={page.items} tag={tag} />
          <ListPager nextCursor={page.nextCursor} onLaterPage={!!cursor} hrefFor={hrefFor} />
        </>
      );
    }
    const page = await listModels(principal, { ...filters, sort, cursor, limit: PAGE_SIZE } as ListModelsQuery);
    if (page.items.length === 0) return <ModelsEmpty filtered={hasFilters(params) || !!cursor} mayCreate={mayCreate} />;
    return (
      <>
        <ModelsTable models={page.items} />
        <ListPager nextCursor={page.nextCursor} onLaterPage={!!cursor} hrefFor={hrefFor} />
      </>
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "validation_failed") return <InvalidFilters fields={error.fields ?? {}} />;
    throw error;
  }
}
