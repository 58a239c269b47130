/**
 * Which of our required model card sections a markdown body has. Cards come from many templates (the
 * Hugging Face card template, the Trainer's generated card, in-house ones), so each section is known
 * by the heading variants people actually write. A section that holds only a template placeholder
 * ("[More Information Needed]") counts as empty, not present: governance wants the words, not the heading.
 */
export const MODEL_CARD_SECTIONS = [
  { key: "intendedUse", label: "Intended use" },
  { key: "limitations", label: "Limitations" },
  { key: "trainingData", label: "Training data" },
  { key: "evaluation", label: "Evaluation" },
  { key: "ethicalConsiderations", label: "Ethical considerations" },
] as const;
export type ModelCardSectionKey = (typeof MODEL_CARD_SECTIONS)[number]["key"];
export type SectionStatus = "present" | "empty" | "missing";
export type SectionCheck = {
  key: ModelCardSectionKey;
  label: string;
  status: SectionStatus;
  heading: string | null;
};

// Matched against the normalised heading (lower case, "&" spelled "and", no numbering or markup), in
// order of preference: the first pattern whose heading has content names the section.
// The Hugging Face template has no ethics heading of its own: its "Bias, Risks, and Limitations" is
// where bias and ethical risks are written, so that heading counts for both sections.
const HEADING_PATTERNS: Record<ModelCardSectionKey, RegExp[]> = {
  intendedUse: [
    /\bintended (uses?|purpose)\b/,
    /^(model )?uses$/,
    /^(direct|downstream|primary) uses?\b/,
    /^use cases?$/,
  ],
  limitations: [/\blimitations?\b/, /\brisks?\b/, /\bout of scope\b/],
  trainingData: [
    /\btraining (and evaluation )?(data|datasets?|corpus)\b/,
    /\btraining details\b/,
    /^(pre ?)?training$/,
    /^datasets?$/,
  ],
  // Not "Training and evaluation data": that names data, not results.
  evaluation: [
    /^(model )?evaluations?\b/,
    /\beval(uation)? results?\b/,
    /^eval\b/,
    /^(results|benchmarks?|performance)$/,
    /\btesting data\b/,
  ],
  ethicalConsiderations: [
    /\bethic(s|al)\b/,
    /\bbias(es)?\b/,
    /\bfairness\b/,
    /\bresponsible\b/,
    /\bsocietal\b/,
  ],
};

const PLACEHOLDERS = /\[?more information needed\]?|\b(todo|tbd|n\/a)\b|\{\{[^}]*\}\}/gi;

type Heading = { level: number; text: string; normalised: string; line: number };

export function normaliseHeading(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>|[*_`]/g, "")
    .replace(/&/g, " and ")
    .toLowerCase()
    .replace(/^\s*(\d+(\.\d+)*\.?|[ivx]+\.)\s+/, "")
    .replace(/[-–]/g, " ")
    .replace(/[:.!?]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** ATX (`## Uses`) and setext (underlined) headings outside fenced code blocks, in order. */
function headingsOf(lines: string[]): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1]![0]!;
      else if (fenceMatch[1]![0] === fence) fence = null;
      return;
    }
    if (fence) return;
    const atx = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx)
      return void headings.push({
        level: atx[1]!.length,
        text: atx[2]!.trim(),
        normalised: normaliseHeading(atx[2]!),
        line: index,
      });
    const next = lines[index + 1];
    if (
      next !== undefined &&
      line.trim() &&
      !/^ {0,3}([-*+]|\d+\.)\s/.test(line) &&
      /^ {0,3}(=+|-+)[ \t]*$/.test(next)
    ) {
      headings.push({
        level: next.trim().startsWith("=") ? 1 : 2,
        text: line.trim(),
        normalised: normaliseHeading(line),
        line: index,
      });
    }
  });
  return headings;
}

/** Whether the text under a heading (its subsections included) says anything beyond placeholders. */
function hasContent(lines: string[], headings: Heading[], index: number): boolean {
  const heading = headings[index]!;
  const end = headings.slice(index + 1).find((h) => h.level <= heading.level)?.line ?? lines.length;
  const headingLines = new Set(headings.map((h) => h.line));
  const text = lines
    .slice(heading.line + 1, end)
    .filter((_, offset) => !headingLines.has(heading.line + 1 + offset))
    .join("\n")
    .replace(/<!--[\s\S]*?(-->|$)/g, "")
    .replace(/^ {0,3}(=+|-+)[ \t]*$/gm, "")
    .replace(PLACEHOLDERS, "");
  return /[\p{L}\p{N}]/u.test(text);
}

export function checkSections(markdown: string): SectionCheck[] {
  const lines = markdown.split(/\r?\n/);
  const headings = headingsOf(lines);
  return MODEL_CARD_SECTIONS.map(({ key, label }) => {
    const matches = HEADING_PATTERNS[key].flatMap((pattern) =>
      headings.flatMap((h, index) => (pattern.test(h.normalised) ? [index] : [])),
    );
    const filled = matches.find((index) => hasContent(lines, headings, index));
    const chosen = filled ?? matches[0];
    const status: SectionStatus = filled !== undefined ? "present" : matches.length ? "empty" : "missing";
    return { key, label, status, heading: chosen === undefined ? null : headings[chosen]!.text };
  });
}

/** Each section's status, as registration records it on the version (`ModelVersion.modelCardSections`). */
export function sectionStatuses(markdown: string): Record<ModelCardSectionKey, SectionStatus> {
  return Object.fromEntries(checkSections(markdown).map((s) => [s.key, s.status])) as Record<
    ModelCardSectionKey,
    SectionStatus
  >;
}
