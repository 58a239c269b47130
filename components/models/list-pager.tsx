import { ButtonLink } from "@/components/ui/button";

/**
 * Keyset pages only go forward: "Next page" carries the cursor with the current filters, "First page"
 * starts over. `hrefFor(cursor)` builds the link for a cursor (undefined: the first page).
 */
export function ListPager({
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
