import type { ArtifactFormat } from "@/generated/prisma/enums";

const BY_FILE_NAME: Record<string, ArtifactFormat> = {
  "adapter_config.json": "ADAPTER_CONFIG",
  "readme.md": "MODEL_CARD",
  "modelcard.md": "MODEL_CARD",
  "model_card.md": "MODEL_CARD",
};
const BY_EXTENSION: Record<string, ArtifactFormat> = { safetensors: "SAFETENSORS", gguf: "GGUF", bin: "BIN" };

/** The format an artifact's name implies (`weights/model-00001-of-00002.safetensors` -> SAFETENSORS); OTHER when none. */
export function detectArtifactFormat(name: string): ArtifactFormat {
  const fileName = (name.split(/[\\/]/).pop() ?? "").toLowerCase();
  const byName = BY_FILE_NAME[fileName];
  if (byName) return byName;
  const extension = /\.([a-z0-9]+)$/.exec(fileName)?.[1];
  return (extension && BY_EXTENSION[extension]) || "OTHER";
}
