"use server";

import { z } from "zod";
import { requirePermission } from "@/lib/auth/permissions";
import { updateModelSchema } from "@/lib/schemas/models";
import type { RegisterVersionInput } from "@/lib/schemas/versions";
import { action } from "@/lib/server/http/action";
import { updateModel } from "@/lib/server/models/update-model";
import { registerVersion } from "@/lib/server/versions/register-version";

/**
 * The form sends the version's body as `version` (registerVersion validates it, so its field messages keep
 * the body's paths: `parents.0.versionId`, `adapter.rank`) and, when an imported card changed it, the
 * model's licence, which lives on the model.
 */
const registrationSchema = z.object({ version: z.unknown(), modelLicense: updateModelSchema.shape.license });

export async function registerVersionAction(slug: string, input: unknown) {
  const run = action(
    registrationSchema,
    { permission: "versions.write", revalidate: ["/models", `/models/${slug}`] },
    async (data, principal) => {
      // Checked before anything is written, so a caller who may not change the model gets no half of it.
      if (data.modelLicense !== undefined) requirePermission(principal, "models.write");
      const version = await registerVersion(principal, slug, data.version as RegisterVersionInput);
      // Same owner check as the registration just passed; its own audited transaction (model.updated).
      if (data.modelLicense !== undefined) await updateModel(principal, slug, { license: data.modelLicense });
      return { id: version.id };
    },
  );
  return run(input);
}
