import { IMPORT_MAX_BYTES } from "@/lib/schemas/imports";
import { importAdapterConfig } from "@/lib/server/imports/import-adapter-config";
import { parseJsonBody, readBodyText } from "@/lib/server/imports/read-body";
import { queryOf, withApi } from "@/lib/server/http/with-api";

export const POST = withApi(
  async ({ req, principal }) =>
    importAdapterConfig(principal, parseJsonBody(await readBodyText(req, IMPORT_MAX_BYTES)), queryOf(req)),
  { permission: "versions.write" },
);
