import { ButtonLink } from "@/components/ui/button";

/**
 * Keyset pages only go forward: "next" carries the cursor, and "first page" starts over.
 * `params` are the other query parameters of the list (filters) to keep.
 */
export function NextPageLink({
  basePath,
  nextCursor,
  onLaterPage,
  params = {},
}: {
  basePath: string;
  nextCursor: string | null;
  onLaterPage: boolean;
  params?: Record<string, string | undefined>;
}) {
  if (!nextCursor && !onLaterPage) return null;
  const href = (cursor?: string) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, cursor }).filter((entry): entry is [string, string] => !!entry[1]),
    );
    return query.size ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav aria-label="Pages" className="mt-4 flex justify-end gap-2">
      {onLaterPage && (
        <ButtonLink variant="secondary" href={href()}>
          First page
        </ButtonLink>
      )}
      {nextCursor && (
        <ButtonLink variant="secondary" href={href(nextCursor)}>
          Next page
        </ButtonLink>
      )}
    </nav>
  );
}
