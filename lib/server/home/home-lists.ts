import "server-only";

/** Each home list shows its first few items and a total; the full lists live on their own pages. */
export const HOME_LIST_LIMIT = 5;

export const alertSelect = {
  id: true,
  title: true,
  kind: true,
  severity: true,
  createdAt: true,
  version: { select: { id: true, version: true, model: { select: { slug: true, name: true } } } },
} as const;
