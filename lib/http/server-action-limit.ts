/**
 * The largest server action body (a registration with a 200 KB model card and its evaluations fits).
 * next.config.ts gives Next the same number, and the proxy refuses a larger declared body first with
 * a clear answer (lib/server/http/server-action-guard.ts) instead of the framework's error.
 */
export const SERVER_ACTION_MAX_BYTES = 1024 * 1024;
