/**
 * A PEFT `adapter_config.json` as the adapter facts of a version registration. Only the keys we use are
 * validated; PEFT writes dozens more (and adds some every release), which pass through untouched.
 */
import { z } from "zod";
import type { AdapterType } from "@/generated/prisma/enums";
import { fieldErrorsOf } from "@/lib/validation";
import { FormatParseError } from "./format-error";

export type AdapterConfigPrefill = {
  peftType: string;
  adapterType: AdapterType;
  baseModelNameOrPath: string | null;
  rank: number | null;
  alpha: number | null;
  dropout: number | null;
  /** module names, or one regular expression (PEFT matches a string in full against module names) */
  targetModules: string[] | string;
  taskType: string | null;
  /** what a person should know about how the facts were read */
  notes: string[];
};

/** What the config alone cannot say: PEFT writes the same config for LoRA on a 4-bit base (QLoRA). */
export type AdapterConfigHints = { quantizedBase?: boolean };

export const adapterConfigSchema = z.looseObject({
  peft_type: z
    .string("Required: the PEFT method, e.g. LORA or IA3")
    .trim()
    .min(1, "Required: the PEFT method, e.g. LORA or IA3"),
  base_model_name_or_path: z.string("Must be text").trim().min(1, "Must not be empty").nullish(),
  r: z.number("Must be a number").int("Must be a whole number").positive("Must be at least 1").optional(),
  lora_alpha: z.number("Must be a number").positive("Must be above 0").optional(),
  lora_dropout: z
    .number("Must be a number")
    .min(0, "Must be between 0 and 1")
    .max(1, "Must be between 0 and 1")
    .optional(),
  target_modules: z
    .union(
      [
        z.array(z.string().trim().min(1, "Module names must not be empty")),
        z.string().trim().min(1, "Must not be empty"),
      ],
      "A list of module names or one regular expression",
    )
    .nullish(),
  task_type: z.string("Must be text").nullish(),
  use_dora: z.boolean("Must be true or false").optional(),
});

const fail = (message: string, details?: { line?: number; fields?: Record<string, string> }) =>
  new FormatParseError("adapter_config", message, details);

// bitsandbytes 4-bit checkpoints (`unsloth/llama-3-8b-bnb-4bit`) are what QLoRA trains on.
const FOUR_BIT_BASE = /bnb[-_]?4bit|[-_.]4bit\b|\bnf4\b/i;

const DIRECT_TYPES: Record<string, AdapterType> = {
  IA3: "IA3",
  PREFIX_TUNING: "PREFIX_TUNING",
  PROMPT_TUNING: "PROMPT_TUNING",
};

function adapterTypeOf(
  peftType: string,
  config: z.infer<typeof adapterConfigSchema>,
  hints: AdapterConfigHints,
  notes: string[],
): AdapterType {
  if (peftType !== "LORA") {
    const direct = DIRECT_TYPES[peftType];
    if (!direct) notes.push(`PEFT type ${peftType} has no adapter type of its own here: recorded as OTHER`);
    return direct ?? "OTHER";
  }
  if (config.use_dora) return "DORA";
  if (hints.quantizedBase) return "QLORA";
  if (config.base_model_name_or_path && FOUR_BIT_BASE.test(config.base_model_name_or_path)) {
    notes.push("The base model is a 4-bit (bitsandbytes) checkpoint: recorded as QLoRA");
    return "QLORA";
  }
  notes.push(
    "adapter_config.json reads the same for LoRA and QLoRA: recorded as LoRA; choose QLoRA if the base was loaded in 4 bits",
  );
  return "LORA";
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : undefined;
    throw fail(`adapter_config.json is not valid JSON${line ? ` (line ${line})` : ""}: ${message}`, { line });
  }
}

/** Parses the file's text, or an already-parsed JSON value (the import endpoint receives JSON). */
export function parseAdapterConfig(
  input: string | unknown,
  hints: AdapterConfigHints = {},
): AdapterConfigPrefill {
  const json = typeof input === "string" ? jsonOf(input) : input;
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw fail("adapter_config.json must be a JSON object");
  const result = adapterConfigSchema.safeParse(json);
  if (!result.success)
    throw fail("adapter_config.json has values PEFT would not accept", {
      fields: fieldErrorsOf(result.error),
    });
  const config = result.data;
  const notes: string[] = [];
  const peftType = config.peft_type.toUpperCase();
  const adapterType = adapterTypeOf(peftType, config, hints, notes);
  const targets = config.target_modules;
  if (targets === "all-linear")
    notes.push("target_modules is all-linear: PEFT adapts every linear layer except the output head");
  if ((targets === undefined || targets === null) && ["LORA", "IA3"].includes(peftType)) {
    notes.push("target_modules is not set: PEFT used the default modules for the base architecture");
  }
  return {
    peftType,
    adapterType,
    baseModelNameOrPath: config.base_model_name_or_path ?? null,
    rank: config.r ?? null,
    alpha: config.lora_alpha ?? null,
    dropout: config.lora_dropout ?? null,
    targetModules: Array.isArray(targets) ? [...new Set(targets)] : (targets ?? []),
    taskType: config.task_type ?? null,
    notes,
  };
}
