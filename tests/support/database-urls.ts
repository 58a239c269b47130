/** Tests create and drop databases: refuse anything that is not on this machine. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`refusing to run tests against a non-local database (${host})`);
  }
}

export function withDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Every database of one test run starts with this, so its teardown drops only its own. */
export const databasePrefix = (runId: string) => `registry_test_${runId}_`;
export const templateName = (runId: string) => `${databasePrefix(runId)}template`;
