import { ButtonLink } from "@/components/ui/button";

/**
 * The pager of every cursor-paginated list. Keyset pages only go forward: "Next page" carries the cursor
 * with the current filters, "First page" starts over. `hrefFor(cursor)` builds the link for a cursor
 * (undefined: the first page); `cursorHref` builds one from a path and the filters to keep.
 */
export function Pager({
  nextCursor,
  onLaterPage,
  hrefFor,
}: {
  nextCursor: string | null;
  onLaterPage: boolean;
  hrefFor: (cursor?: string) => string;
}) {
  if (!nextCursor && !onLaterPage) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex justify-end gap-2">
      {onLaterPage && (
        <ButtonLink variant="secondary" href={hrefFor()}>
          First page
        </ButtonLink>
      )}
      {nextCursor && (
        <ButtonLink variant="secondary" href={hrefFor(nextCursor)}>
          Next page
        </ButtonLink>
      )}
    </nav>
  );
}

/** Links to `basePath` keeping the given query parameters (empty ones left out), with the cursor when there is one. */
export const cursorHref =
  (basePath: string, params: Record<string, string | undefined> = {}) =>
  (cursor?: string) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, cursor }).filter((entry): entry is [string, string] => !!entry[1]),
    );
    return query.size ? `${basePath}?${query}` : basePath;
  };
