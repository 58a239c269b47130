"use server";

import { updateModelSchema } from "@/lib/schemas/models";
import { action } from "@/lib/server/http/action";
import { updateModel } from "@/lib/server/models/update-model";

/** Bound to the model's slug by the page; the service checks the role, that the model exists and who owns it. */
export async function updateModelAction(slug: string, input: unknown) {
  const run = action(
    updateModelSchema,
    { permission: "models.write", revalidate: ["/models", `/models/${slug}`] },
    async (patch, principal) => {
      const model = await updateModel(principal, slug, patch);
      return { slug: model.slug };
    },
  );
  return run(input);
}
