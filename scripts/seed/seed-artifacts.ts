/**
 * Artifacts as references (the bytes stay on the Hub or in object storage): safetensors shards with
 * the facts their headers would give, adapter configs, GGUF files and model cards.
 */
import type { ArtifactFormat, Prisma } from "@/generated/prisma/client";
import { ADAPTERS } from "./tables/base-models";
import { audit, type SeedContext, type SeededVersion } from "./seed-context";

type ArtifactDraft = {
  name: string;
  uri: string;
  sizeBytes: bigint;
  format: ArtifactFormat;
  metadata?: Prisma.InputJsonValue;
};

// Roughly 5 GB per shard, as `save_pretrained(max_shard_size="5GB")` writes them.
const SHARD_PARAMETERS = 2_490_000_000n;
const BYTES_PER_BF16 = 2n;
// Tensors in the whole checkpoint (Llama and Mistral: 32 layers x 9 + 3; Qwen2.5 7B: 28 x 12 + 3, with q/k/v biases).
const TENSORS_BY_FAMILY: Record<string, number> = { "llama-3.1": 291, mistral: 291, "qwen2.5": 339 };
// LoRA-style adapters save two tensors (A and B) per targeted module and layer; DoRA adds a magnitude; IA3 one vector.
const ADAPTER_TENSORS: Record<string, number> = {
  "support-intent-lora": 256,
  "contract-clause-qlora": 448,
  "ticket-summary-dora": 168,
  "reply-tone-ia3": 96,
};

export async function seedArtifacts(ctx: SeedContext) {
  const families = await ctx.tx.model.findMany({
    select: { slug: true, baseFamily: true, team: { select: { slug: true } } },
  });
  const modelsBySlug = new Map(families.map((m) => [m.slug, m]));
  for (const version of ctx.versions.values()) {
    const model = modelsBySlug.get(version.slug)!;
    const drafts = draftsFor(ctx, version, model.baseFamily ?? "llama-3.1", model.team.slug);
    const createdAt = new Date(version.createdAt.getTime() + 600_000);
    const created = await ctx.tx.artifact.createManyAndReturn({
      data: drafts.map((draft) => ({
        ...draft,
        versionId: version.id,
        sha256: ctx.random.hex(64),
        isReference: true,
        createdById: ctx.users[version.createdBy].id,
        createdAt,
      })),
      select: { id: true, name: true, uri: true, sha256: true, sizeBytes: true, format: true },
    });
    for (const artifact of created) {
      const { id, ...changes } = artifact;
      await audit(
        ctx,
        createdAt,
        version.createdBy,
        "artifact.registered",
        { type: "artifact", id },
        { versionId: version.id, isReference: true, ...changes },
      );
    }
  }
}

function draftsFor(ctx: SeedContext, version: SeededVersion, family: string, team: string): ArtifactDraft[] {
  const home =
    version.kind === "BASE"
      ? `hf://${version.hfId}`
      : `s3://ml-artifacts-${team}/${version.slug}/v${version.version}`;
  // The registry keeps every card itself; a card file is registered only where the weights travel with
  // one: on the Hub, and in the bundles handed to other teams or customers (merges, quantisations).
  const card: ArtifactDraft[] = ["BASE", "MERGED", "QUANTIZED"].includes(version.kind)
    ? [
        {
          name: "README.md",
          uri:
            version.kind === "BASE"
              ? `${home}/README.md`
              : `https://git.example.com/ml/${version.slug}/-/raw/v${version.version}/README.md`,
          sizeBytes: BigInt(ctx.random.int(4_000, 14_000)),
          format: "MODEL_CARD",
        },
      ]
    : [];
  if (version.kind === "ADAPTER") return adapterFiles(ctx, version, home);
  if (version.kind === "QUANTIZED") {
    const name = `${version.slug}-Q4_K_M.gguf`;
    const metadata = {
      ggufVersion: 3,
      quantization: "Q4_K_M",
      tensorCount: 292,
      parameterCount: Number(version.parameterCount),
    };
    return [{ name, uri: `${home}/${name}`, sizeBytes: 4_920_734_016n, format: "GGUF", metadata }, ...card];
  }
  return [...shards(version.parameterCount ?? 0n, TENSORS_BY_FAMILY[family] ?? 291, home), ...card];
}

function shards(parameters: bigint, tensors: number, home: string): ArtifactDraft[] {
  const count = Number((parameters + SHARD_PARAMETERS - 1n) / SHARD_PARAMETERS);
  const pad = (n: number) => String(n).padStart(5, "0");
  return Array.from({ length: count }, (_, i) => {
    const isLast = i === count - 1;
    const shardParameters = isLast ? parameters - SHARD_PARAMETERS * BigInt(count - 1) : SHARD_PARAMETERS;
    const shardTensors = isLast
      ? tensors - Math.floor(tensors / count) * (count - 1)
      : Math.floor(tensors / count);
    const name = `model-${pad(i + 1)}-of-${pad(count)}.safetensors`;
    return {
      name,
      uri: `${home}/${name}`,
      // the JSON header (about 120 bytes per tensor) precedes the raw bf16 data
      sizeBytes: shardParameters * BYTES_PER_BF16 + BigInt(8 + shardTensors * 120),
      format: "SAFETENSORS" as const,
      metadata: { tensorCount: shardTensors, dtypes: ["BF16"], parameterCount: Number(shardParameters) },
    };
  });
}

function adapterFiles(ctx: SeedContext, version: SeededVersion, home: string): ArtifactDraft[] {
  const spec = ADAPTERS.find((a) => a.slug === version.slug)!.versions[version.version - 1]!;
  const adapter = spec.adapter!;
  const base = ctx.versions.get(version.parents[0]!)!;
  const config = {
    peft_type: adapter.type === "QLORA" || adapter.type === "DORA" ? "LORA" : adapter.type,
    base_model_name_or_path: base.hfId,
    r: adapter.rank ?? null,
    lora_alpha: adapter.alpha ?? null,
    target_modules: adapter.targetModulesRegex ?? adapter.targetModules ?? [],
    use_dora: adapter.type === "DORA",
  };
  const parameters = version.parameterCount ?? 0n;
  const tensors = ADAPTER_TENSORS[version.slug] ?? 0;
  return [
    {
      name: "adapter_config.json",
      uri: `${home}/adapter_config.json`,
      sizeBytes: BigInt(ctx.random.int(700, 1_100)),
      format: "ADAPTER_CONFIG",
      metadata: config,
    },
    {
      name: "adapter_model.safetensors",
      uri: `${home}/adapter_model.safetensors`,
      sizeBytes: parameters * 4n + BigInt(8 + tensors * 120),
      format: "SAFETENSORS",
      metadata: { tensorCount: tensors, dtypes: ["F32"], parameterCount: Number(parameters) },
    },
  ];
}
