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
  /** rank-stabilised LoRA: the update is scaled by alpha/sqrt(r) rather than alpha/r */
  useRslora: boolean | null;
  /** modules trained in full and saved beside the adapter (a classifier head, say) */
  modulesToSave: string[] | null;
  layersToTransform: number[] | null;
  layersPattern: string[] | null;
  /** per-module overrides of r and lora_alpha (null when PEFT wrote none, as `{}`) */
  rankPattern: Record<string, number> | null;
  alphaPattern: Record<string, number> | null;
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
  use_rslora: z.boolean("Must be true or false").nullish(),
  modules_to_save: z.array(z.string("Module names are text"), "A list of module names").nullish(),
  layers_to_transform: z
    .union(
      [z.number().int().min(0), z.array(z.number().int().min(0))],
      "A layer index or a list of layer indices",
    )
    .nullish(),
  layers_pattern: z.union([z.string(), z.array(z.string())], "A name or a list of names").nullish(),
  rank_pattern: z.record(z.string(), z.number().int().positive(), "Module names to ranks").nullish(),
  alpha_pattern: z.record(z.string(), z.number().positive(), "Module names to alphas").nullish(),
});

const listOf = <T>(value: T | T[] | null | undefined): T[] | null =>
  value === null || value === undefined ? null : Array.isArray(value) ? value : [value];
const patternOf = (pattern: Record<string, number> | null | undefined) =>
  pattern && Object.keys(pattern).length > 0 ? pattern : null;

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

const formatScale = (value: number) => Number(value.toPrecision(4)).toString();

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
  if (config.use_rslora && config.r && config.lora_alpha)
    notes.push(
      `use_rslora is on: the update is scaled by lora_alpha/sqrt(r) = ${formatScale(config.lora_alpha / Math.sqrt(config.r))}, not lora_alpha/r`,
    );
  if (patternOf(config.rank_pattern) || patternOf(config.alpha_pattern))
    notes.push("rank_pattern or alpha_pattern overrides r or lora_alpha for some modules: kept as written");
  return {
    peftType,
    adapterType,
    baseModelNameOrPath: config.base_model_name_or_path ?? null,
    rank: config.r ?? null,
    alpha: config.lora_alpha ?? null,
    dropout: config.lora_dropout ?? null,
    targetModules: Array.isArray(targets) ? [...new Set(targets)] : (targets ?? []),
    taskType: config.task_type ?? null,
    useRslora: config.use_rslora ?? null,
    modulesToSave: listOf(config.modules_to_save),
    layersToTransform: listOf(config.layers_to_transform),
    layersPattern: listOf(config.layers_pattern),
    rankPattern: patternOf(config.rank_pattern),
    alphaPattern: patternOf(config.alpha_pattern),
    notes,
  };
}
