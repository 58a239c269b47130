import { erasureDispositionSchema } from "@/lib/schemas/erasure";
import { setErasureDisposition } from "@/lib/server/erasure/set-erasure-disposition";
import { readBody, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const POST = withApi<{ id: string }>(
  async ({ req, principal, params }) => ({
    erasureRequest: await setErasureDisposition(
      principal,
      params.id,
      await readBody(req, erasureDispositionSchema),
    ),
  }),
  { permission: "erasure.manage" },
);
