import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { db, type Db } from "@/lib/server/db";
import { erasureRequestSelect, toErasureRequestView, type ErasureRequestView } from "./erasure-view";

export async function readErasureRequest(client: Db, id: string, now = new Date()) {
  const parsed = idSchema.safeParse(id);
  const row = parsed.success
    ? await client.erasureRequest.findUnique({ where: { id: parsed.data }, select: erasureRequestSelect })
    : null;
  if (!row) throw notFound("The erasure request");
  return toErasureRequestView(row, now);
}

/** One erasure request with every affected version and its disposition (officers: `erasure.manage`). */
export async function getErasureRequestOrThrow(
  principal: Principal,
  id: string,
): Promise<ErasureRequestView> {
  requirePermission(principal, "erasure.manage");
  return readErasureRequest(db, id);
}
