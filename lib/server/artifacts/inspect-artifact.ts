import "server-only";
import type { ArtifactFormat } from "@/generated/prisma/client";
import { validationError } from "@/lib/errors";
import { parseAdapterConfig } from "@/lib/formats/adapter-config";
import { FormatParseError, formatRefusal } from "@/lib/formats/format-error";
import { parseModelCard } from "@/lib/formats/model-card";
import { SafetensorsStreamParser } from "@/lib/formats/safetensors-stream";

/** Looks at an upload as it streams by; `finish` returns what goes into Artifact.metadata. */
export type ArtifactInspector = {
  push(chunk: Uint8Array): void;
  finish(sizeBytes: number): Record<string, unknown> | null;
};

/** Config files and cards are small; past this, it is not the file its name says. */
const TEXT_FILE_LIMIT = 1024 * 1024;

/** Runs a parser; its refusal of the uploaded file is a 400 on the `file` field. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof FormatParseError ? formatRefusal(error, "file") : error;
  }
}

function textInspector(label: string, parse: (text: string) => Record<string, unknown>): ArtifactInspector {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return {
    push(chunk) {
      size += chunk.length;
      if (size > TEXT_FILE_LIMIT) throw validationError({ file: `A ${label} is at most 1 MiB` });
      chunks.push(chunk);
    },
    finish() {
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
      } catch {
        throw validationError({ file: `A ${label} must be UTF-8 text` });
      }
      return guarded(() => parse(text));
    },
  };
}

const none: ArtifactInspector = { push: () => undefined, finish: () => null };

export function inspectorFor(format: ArtifactFormat): ArtifactInspector {
  switch (format) {
    case "SAFETENSORS": {
      const parser = new SafetensorsStreamParser();
      return {
        push: (chunk) => guarded(() => parser.push(chunk)),
        finish: (size) => guarded(() => ({ ...parser.finish(size) })),
      };
    }
    case "ADAPTER_CONFIG":
      return textInspector("adapter_config.json", (text) => ({ ...parseAdapterConfig(text) }));
    case "MODEL_CARD":
      // The markdown is the file itself; the metadata keeps what the card declares and which sections it has.
      return textInspector("model card", (text) => {
        const { markdown: _markdown, ...card } = parseModelCard(text);
        return card;
      });
    default:
      return none;
  }
}
