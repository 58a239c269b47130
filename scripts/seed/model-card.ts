/** Renders a demo version's model card as Hugging Face-style markdown: YAML front matter, then sections. */
import { stringify } from "yaml";
import { MODEL_CARD_SECTIONS } from "@/lib/formats/model-card-sections";
import type { ModelSpec, VersionSpec } from "./tables/model-spec";

export function renderModelCard(
  model: ModelSpec,
  versionNumber: number,
  version: VersionSpec,
  baseModels: string[],
) {
  const card = version.card ?? {};
  const frontMatter = stringify({
    license: model.license,
    ...(baseModels.length > 0 ? { base_model: baseModels.length === 1 ? baseModels[0] : baseModels } : {}),
    pipeline_tag: model.task,
    tags: version.tags ?? [],
  }).trimEnd();
  const sections = MODEL_CARD_SECTIONS.filter(({ key }) => card[key] !== undefined).map(
    ({ key, label }) => `## ${label}\n\n${card[key]}`,
  );
  return (
    [`---\n${frontMatter}\n---`, `# ${model.name} v${versionNumber}`, model.description, ...sections].join(
      "\n\n",
    ) + "\n"
  );
}
