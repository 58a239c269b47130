"use server";

import { actionFailure } from "@/lib/action-result";
import { idSchema } from "@/lib/schemas/common";
import { createErasureRequestSchema, erasureDispositionSchema } from "@/lib/schemas/erasure";
import { createErasureRequest } from "@/lib/server/erasure/open-erasure-request";
import { setErasureDisposition } from "@/lib/server/erasure/set-erasure-disposition";
import { action } from "@/lib/server/http/action";

export const openErasureRequestAction = action(
  createErasureRequestSchema,
  { permission: "erasure.manage", revalidate: ["/erasure-requests"] },
  async (input, principal) => {
    const created = await createErasureRequest(principal, {
      ...input,
      dueAt: input.dueAt.toISOString(),
    });
    return { id: created.id };
  },
);

/** Bound to one request by its page. */
export async function setDispositionAction(requestId: string, input: unknown) {
  if (!idSchema.safeParse(requestId).success)
    return actionFailure("not_found", "The erasure request was not found");
  return action(
    erasureDispositionSchema,
    { permission: "erasure.manage", revalidate: [`/erasure-requests/${requestId}`, "/erasure-requests"] },
    async (data, principal) => {
      const request = await setErasureDisposition(principal, requestId, data);
      return { status: request.status };
    },
  )(input);
}
