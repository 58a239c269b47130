/**
 * GET a JSON answer of the registry's own REST API from the browser (same origin, with the session):
 * the same checks as any other client. A refusal becomes an Error carrying the API's message.
 */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `The request failed (${response.status})`);
  return body as T;
}
