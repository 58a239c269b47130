import { openEvidencePackage } from "@/lib/server/evidence/open-evidence-package";
import { withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(
  async ({ principal, params }) => {
    const { filename, stream } = await openEvidencePackage(principal, params.id);
    return new Response(stream, {
      headers: {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  },
  { permission: "registry.read" },
);
