/** What ships with a version: its artifacts by format, and the sections of its model card. */
import type { ArtifactFormat } from "@/generated/prisma/enums";
import { ARTIFACT_FORMAT_LABELS, inSentence } from "@/lib/labels";
import type { Evidence } from "@/lib/policy/evidence";
import type { RuleOf } from "@/lib/policy/rules";
import { MODEL_CARD_SECTIONS, type ModelCardSectionKey } from "@/lib/formats/model-card-sections";
import { failed, listOf, missingEvidence, passed, type RuleChecks, type Verdict } from "./verdict";

const SECTION_LABELS = Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s.key, s.label])) as Record<
  ModelCardSectionKey,
  string
>;

const formatInSentence = (format: ArtifactFormat) => inSentence(ARTIFACT_FORMAT_LABELS[format]);

function artifacts(rule: RuleOf<"required_artifacts">, evidence: Evidence): Verdict {
  const present = new Set(evidence.artifacts.map((a) => a.format));
  const labels = (formats: ArtifactFormat[]) => formats.map((f) => formatInSentence(f));
  const result = {
    measured: present.size ? labels([...present]).join(", ") : "no artifacts",
    required: `${listOf(labels(rule.formats))} artifacts`,
    value: null,
  };
  const absent = rule.formats.filter((f) => !present.has(f));
  if (absent.length)
    return failed({ ...result, message: `The version has no ${listOf(labels(absent), "or")} artifact` });
  return passed({ ...result, message: `The version has ${listOf(labels(rule.formats))} artifacts` });
}

function cardSections(rule: RuleOf<"model_card_sections">, evidence: Evidence): Verdict {
  const required = listOf(rule.required.map((key) => SECTION_LABELS[key]));
  const card = evidence.modelCard;
  if (!card) return missingEvidence(required, "The version has no model card");
  const gaps = rule.required.filter((key) => card[key] !== "present");
  const result = {
    measured: `${rule.required.length - gaps.length} of ${rule.required.length} sections filled in`,
    required,
    value: rule.required.length - gaps.length,
  };
  if (!gaps.length) return passed({ ...result, message: `The model card has content under ${required}` });
  const why = gaps.map((key) =>
    card[key] === "empty"
      ? `${SECTION_LABELS[key]} is empty (only a placeholder under its heading)`
      : `${SECTION_LABELS[key]} is missing`,
  );
  return failed({ ...result, message: `In the model card, ${listOf(why)}` });
}

export const documentationChecks: RuleChecks<"required_artifacts" | "model_card_sections"> = {
  required_artifacts: {
    describe: (rule) =>
      rule.formats.length === 1
        ? `At least one ${formatInSentence(rule.formats[0]!)} artifact`
        : `At least one artifact of each format: ${listOf(rule.formats.map((f) => formatInSentence(f)))}`,
    check: artifacts,
  },
  model_card_sections: {
    describe: (rule) =>
      `Model card sections filled in: ${listOf(rule.required.map((key) => SECTION_LABELS[key]))}`,
    check: cardSections,
  },
};
