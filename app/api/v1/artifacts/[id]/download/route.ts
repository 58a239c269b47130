import { Readable } from "node:stream";
import { downloadHeaders, openArtifactDownload } from "@/lib/server/artifacts/open-artifact-download";
import { withApi } from "@/lib/server/http/with-api";

export const GET = withApi<{ id: string }>(
  async ({ params }) => {
    const download = await openArtifactDownload(params.id);
    return new Response(Readable.toWeb(download.stream) as ReadableStream<Uint8Array>, {
      headers: downloadHeaders(download),
    });
  },
  { permission: "registry.read" },
);
