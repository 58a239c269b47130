import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { FormatParseError, formatRefusal } from "@/lib/formats/format-error";
import { parseModelCard, type ModelCardPrefill } from "@/lib/formats/model-card";
import { modelCardImportSchema } from "@/lib/schemas/imports";
import { parseInput } from "@/lib/validation";

/** POST /imports/model-card: a README.md read into a registration prefill. Stores nothing, so no audit event. */
export function importModelCard(principal: Principal, input: unknown): { prefill: ModelCardPrefill } {
  requirePermission(principal, "versions.write");
  const { content } = parseInput(modelCardImportSchema, input);
  try {
    return { prefill: parseModelCard(content) };
  } catch (error) {
    throw error instanceof FormatParseError ? formatRefusal(error, "content") : error;
  }
}
