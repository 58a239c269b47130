/**
 * A Hugging Face model card (README.md): YAML front matter plus a markdown body, turned into what a
 * version registration can be prefilled with. Lenient about what it cannot use (each skipped value is a
 * warning), strict about what it cannot read (bad YAML is an error that names the line).
 */
import { isMap, parseDocument } from "yaml";
import type { LineageRelation } from "@/generated/prisma/enums";
import { FormatParseError } from "./format-error";
import { checkSections, type SectionCheck } from "./model-card-sections";
import { evaluationsOf, type ModelCardEvaluation } from "./model-card-evaluations";

export type ModelCardPrefill = {
  baseModels: string[];
  relation: LineageRelation | null;
  /** declared by `base_model_relation`, or inferred the way the Hugging Face Hub infers it */
  relationSource: "declared" | "inferred" | null;
  datasets: string[];
  license: string | null;
  languages: string[];
  tags: string[];
  task: string | null;
  libraryName: string | null;
  evaluations: ModelCardEvaluation[];
  /** the body without its front matter */
  markdown: string;
  sections: SectionCheck[];
  warnings: string[];
};

const RELATIONS: Record<string, LineageRelation> = {
  adapter: "ADAPTER_OF",
  merge: "MERGED_FROM",
  quantized: "QUANTIZED_FROM",
  finetune: "FINETUNED_FROM",
};

const fail = (message: string, line?: number) => new FormatParseError("model_card", message, { line });

/** Splits `---\n<yaml>\n---\n<body>`; a card without front matter is all body. */
export function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const source = text.replace(/^\uFEFF/, "");
  const lines = source.split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? "")) return { yaml: null, body: source };
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)[ \t]*$/.test(line));
  if (close === -1) throw fail("The front matter opened with `---` on line 1 never closes with `---`", 1);
  return {
    yaml: lines.slice(1, close).join("\n"),
    body: lines
      .slice(close + 1)
      .join("\n")
      .replace(/^\s*\n/, ""),
  };
}

function readYaml(yaml: string): Record<string, unknown> {
  const doc = parseDocument(yaml, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    // +1: the YAML starts on the line after the opening `---`; yaml's own "at line N" counts from there.
    const position = error.linePos?.[0];
    const line = position ? position.line + 1 : undefined;
    const reason = error.message.split("\n")[0]!.replace(/\s*at line \d+, column \d+:?$/, "");
    throw fail(
      `The front matter is not valid YAML${position ? ` (line ${line}, column ${position.col})` : ""}: ${reason}`,
      line,
    );
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) throw fail("The front matter must be a YAML mapping of keys to values", 2);
  return doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
}

/** A string or a list of strings, as the card metadata spec allows for most keys. */
function stringList(data: Record<string, unknown>, key: string, warnings: string[]): string[] {
  const value = data[key];
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  const strings = items
    .filter((item): item is string => typeof item === "string" && item.trim() !== "")
    .map((item) => item.trim());
  if (strings.length !== items.length) warnings.push(`\`${key}\`: ignored values that are not text`);
  return [...new Set(strings)];
}

function text(data: Record<string, unknown>, key: string, warnings: string[]): string | null {
  const value = data[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && value.trim()) return value.trim();
  warnings.push(`\`${key}\`: expected text`);
  return null;
}

function relationOf(data: Record<string, unknown>, baseModels: string[], tags: string[], warnings: string[]) {
  const declared = text(data, "base_model_relation", warnings);
  if (declared) {
    const relation = RELATIONS[declared.toLowerCase()];
    if (relation) return { relation, relationSource: "declared" as const };
    warnings.push(`\`base_model_relation\`: "${declared}" is not one of adapter, merge, quantized, finetune`);
  }
  if (!baseModels.length) return { relation: null, relationSource: null };
  // The Hub's own inference when the relation is not declared: adapter, quantized, merge, else fine-tune.
  const library = typeof data.library_name === "string" ? data.library_name.toLowerCase() : "";
  const tagSet = new Set(tags.map((tag) => tag.toLowerCase()));
  const relation: LineageRelation =
    library === "peft" || tagSet.has("peft") || tagSet.has("lora")
      ? "ADAPTER_OF"
      : ["gguf", "gptq", "awq", "quantized"].some((tag) => tagSet.has(tag))
        ? "QUANTIZED_FROM"
        : baseModels.length > 1 || tagSet.has("merge") || tagSet.has("mergekit")
          ? "MERGED_FROM"
          : "FINETUNED_FROM";
  return { relation, relationSource: "inferred" as const };
}

export function parseModelCard(content: string): ModelCardPrefill {
  const { yaml, body } = splitFrontMatter(content);
  const data = yaml === null ? {} : readYaml(yaml);
  const warnings: string[] = [];
  const baseModels = stringList(data, "base_model", warnings);
  const tags = stringList(data, "tags", warnings);
  const license = text(data, "license", warnings);
  const licenseName = license === "other" ? text(data, "license_name", warnings) : null;
  const evaluations = evaluationsOf(data["model-index"], warnings);
  return {
    baseModels,
    ...relationOf(data, baseModels, tags, warnings),
    datasets: stringList(data, "datasets", warnings),
    license: licenseName ?? license,
    languages: stringList(data, "language", warnings),
    tags,
    task: text(data, "pipeline_tag", warnings) ?? evaluations.find((e) => e.task)?.task ?? null,
    libraryName: text(data, "library_name", warnings),
    evaluations,
    markdown: body,
    sections: checkSections(body),
    warnings,
  };
}
