/**
 * What every parser in lib/formats throws for a file it refuses. Pure (no HTTP codes here): services turn
 * it into a 400 whose message names the file and, where there is one, the line or the field.
 */
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
