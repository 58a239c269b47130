/**
 * What every parser in lib/formats throws for a file it refuses, with the line or the fields at fault;
 * `formatRefusal` makes it the 400 a service answers with.
 */
import { type AppError, validationError } from "@/lib/errors";

export type ParsedFormat = "safetensors" | "model_card" | "adapter_config";

export class FormatParseError extends Error {
  constructor(
    readonly format: ParsedFormat,
    message: string,
    readonly details: { line?: number; fields?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "FormatParseError";
  }

  get line() {
    return this.details.line;
  }

  get fields() {
    return this.details.fields;
  }
}

const LABELS: Record<ParsedFormat, string> = {
  safetensors: "safetensors file",
  adapter_config: "PEFT adapter_config.json",
  model_card: "model card",
};

/**
 * A refusal as a 400 on the input field that carried the file, with the parser's own field messages under
 * it (`file.r`); when the body is the file itself (`field` "body"), those messages keep their own paths (`r`).
 */
export function formatRefusal(error: FormatParseError, field: string): AppError {
  const message = `This is not a valid ${LABELS[error.format]}: ${error.message}`;
  if (field === "body" && error.fields) return validationError(error.fields, message);
  const nested = Object.fromEntries(
    Object.entries(error.fields ?? {}).map(([key, text]) => [`${field}.${key}`, text]),
  );
  return validationError({ [field]: error.message, ...nested }, message);
}
