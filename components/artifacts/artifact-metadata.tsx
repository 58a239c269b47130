import type { ArtifactFormat } from "@/generated/prisma/enums";

type Metadata = Record<string, unknown> | null;

const num = (value: unknown) => (typeof value === "number" ? value : null);

/** The parser counts tensors per dtype (`{ F16: 10 }`); older records list the dtypes alone (`["BF16"]`). */
function dtypesText(dtypes: unknown): string | null {
  if (Array.isArray(dtypes)) return dtypes.length ? dtypes.map(String).join(", ") : null;
  if (typeof dtypes !== "object" || dtypes === null) return null;
  const entries = Object.entries(dtypes);
  return entries.length ? entries.map(([dtype, count]) => `${dtype} ×${String(count)}`).join(", ") : null;
}

/** A safetensors header summary: "12 tensors · 1,234,567 parameters · F16 ×10, F32 ×2". */
function safetensorsFacts(metadata: Record<string, unknown>): string[] {
  const tensors = num(metadata.tensorCount);
  const parameters = num(metadata.parameterCount);
  return [
    tensors === null ? null : `${tensors.toLocaleString("en-US")} ${tensors === 1 ? "tensor" : "tensors"}`,
    parameters === null ? null : `${parameters.toLocaleString("en-US")} parameters`,
    dtypesText(metadata.dtypes),
  ].filter((fact): fact is string => fact !== null);
}

/** Uploads store the parsed config (`peftType`, `rank`); the demo's references keep PEFT's own keys (`peft_type`, `r`). */
function adapterConfigFacts(metadata: Record<string, unknown>): string[] {
  const type = metadata.peftType ?? metadata.peft_type;
  const rank = num(metadata.rank ?? metadata.r);
  const alpha = num(metadata.alpha ?? metadata.lora_alpha);
  const base = metadata.baseModelNameOrPath ?? metadata.base_model_name_or_path;
  return [
    typeof type === "string" ? type : null,
    rank === null ? null : `r=${rank}`,
    alpha === null ? null : `alpha=${alpha}`,
    typeof base === "string" ? `base ${base}` : null,
  ].filter((fact): fact is string => fact !== null);
}

/** What the server read from the file when it was uploaded; references were never read, so they have none. */
export function ArtifactMetadata({ format, metadata }: { format: ArtifactFormat; metadata: Metadata }) {
  if (!metadata) return <span className="text-slate-600">None</span>;
  const facts =
    format === "SAFETENSORS"
      ? safetensorsFacts(metadata)
      : format === "ADAPTER_CONFIG"
        ? adapterConfigFacts(metadata)
        : [];
  return (
    <div className="space-y-1">
      {facts.length > 0 && (
        <ul className="space-y-0.5 text-xs text-slate-800">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
      <details>
        <summary className="cursor-pointer text-xs font-medium text-slate-700">All parsed facts</summary>
        <pre
          tabIndex={0}
          className="mt-1 max-h-64 max-w-md overflow-auto rounded bg-slate-50 p-2 font-mono text-[11px] text-slate-800"
        >
          {JSON.stringify(metadata, null, 2)}
        </pre>
      </details>
    </div>
  );
}
