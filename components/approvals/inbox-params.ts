/**
 * The inbox is driven by its URL: a status tab, the filters of its GET form and a cursor. Values go to
 * the service as they are (it validates them); only empty ones are dropped. `ALL` is the page's own
 * word for "no status filter".
 */
export const INBOX_FILTER_KEYS = ["stage", "riskTier", "team"] as const;
export type InboxParams = {
  status: string;
  stage?: string;
  riskTier?: string;
  team?: string;
  cursor?: string;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();

export function readInboxParams(raw: Record<string, string | string[] | undefined>): InboxParams {
  const params: InboxParams = { status: first(raw.status) || "PENDING" };
  for (const key of [...INBOX_FILTER_KEYS, "cursor"] as const) {
    const value = first(raw[key]);
    if (value) params[key] = value;
  }
  return params;
}

export const hasInboxFilters = (params: InboxParams) => INBOX_FILTER_KEYS.some((key) => params[key]);

/** `/approvals?...` for these parameters; the default tab (PENDING) is left out of the address. */
export function inboxHref(params: InboxParams): string {
  const query = new URLSearchParams();
  if (params.status !== "PENDING") query.set("status", params.status);
  for (const key of [...INBOX_FILTER_KEYS, "cursor"] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  return query.size ? `/approvals?${query}` : "/approvals";
}

/** What the service reads: the tab as a status (none for ALL), the filters and the cursor. */
export const inboxQuery = ({ status, ...rest }: InboxParams) => ({
  ...rest,
  status: status === "ALL" ? undefined : status,
});
