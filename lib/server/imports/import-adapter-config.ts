import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { parseAdapterConfig, type AdapterConfigPrefill } from "@/lib/formats/adapter-config";
import { FormatParseError, formatRefusal } from "@/lib/formats/format-error";
import { adapterConfigImportQuerySchema } from "@/lib/schemas/imports";
import { parseInput } from "@/lib/validation";

/**
 * POST /imports/adapter-config: a PEFT adapter_config.json read into the adapter facts of a registration.
 * Stores nothing, so no audit event. `?quantizedBase=true` says what the config cannot: the base was 4-bit.
 */
export function importAdapterConfig(
  principal: Principal,
  config: unknown,
  query: unknown,
): { prefill: AdapterConfigPrefill } {
  requirePermission(principal, "versions.write");
  const { quantizedBase } = parseInput(adapterConfigImportQuerySchema, query);
  try {
    return { prefill: parseAdapterConfig(config, { quantizedBase: quantizedBase === "true" }) };
  } catch (error) {
    throw error instanceof FormatParseError ? formatRefusal(error, "body") : error;
  }
}
