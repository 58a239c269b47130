import { CompareForm } from "@/components/compare/compare-form";
import { cursorHref, Pager } from "@/components/ui/pager";
import { ModelVersionsTable } from "@/components/models/model-versions-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { Principal } from "@/lib/auth/permissions";
import { listVersions } from "@/lib/server/versions/list-versions";

const VERSIONS_PER_PAGE = 20;

type Props = {
  principal: Principal;
  model: { slug: string; name: string };
  cursor?: string;
  registerLink: React.ReactNode;
};

/** One keyset page of the model's versions, newest first; streamed behind a skeleton. */
export async function ModelVersions({ principal, model, cursor, registerLink }: Props) {
  const versions = await listVersions(principal, { model: model.slug, cursor, limit: VERSIONS_PER_PAGE });
  if (versions.items.length === 0 && !cursor) {
    return (
      <EmptyState title="No versions yet" action={registerLink || undefined}>
        A version records what was trained: its parents, datasets, training facts and model card. Its
        artifacts are uploaded right after.
      </EmptyState>
    );
  }
  return (
    <>
      <CompareForm>
        <ModelVersionsTable versions={versions.items} modelName={model.name} />
      </CompareForm>
      <Pager
        nextCursor={versions.nextCursor}
        onLaterPage={!!cursor}
        hrefFor={cursorHref(`/models/${model.slug}`)}
      />
    </>
  );
}
