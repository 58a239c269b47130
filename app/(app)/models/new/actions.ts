"use server";

import { createModelSchema } from "@/lib/schemas/models";
import { action } from "@/lib/server/http/action";
import { createModel } from "@/lib/server/models/create-model";

export const createModelAction = action(
  createModelSchema,
  { permission: "models.write", revalidate: ["/models"] },
  async (input, principal) => {
    const model = await createModel(principal, input);
    return { slug: model.slug };
  },
);
