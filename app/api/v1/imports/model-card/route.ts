import { IMPORT_MAX_BYTES } from "@/lib/schemas/imports";
import { importModelCard } from "@/lib/server/imports/import-model-card";
import { parseJsonBody, readBodyText } from "@/lib/server/imports/read-body";
import { withApi } from "@/lib/server/http/with-api";

/** The README as text/markdown (or any text), or JSON `{ content }`. */
export const POST = withApi(
  async ({ req, principal }) => {
    const isJson = /^application\/([\w.+-]*\+)?json\b/i.test(req.headers.get("content-type") ?? "");
    // JSON escaping can make 1 MiB of card text several times longer on the wire.
    const text = await readBodyText(req, isJson ? 8 * IMPORT_MAX_BYTES : IMPORT_MAX_BYTES);
    return importModelCard(principal, isJson ? parseJsonBody(text) : { content: text });
  },
  { permission: "versions.write" },
);
