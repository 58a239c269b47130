import { Badge } from "@/components/ui/badge";
import type { ModelKind } from "@/generated/prisma/enums";
import { KIND_LABELS } from "@/lib/labels";

const TONES = {
  BASE: "indigo",
  ADAPTER: "violet",
  FINE_TUNED: "sky",
  MERGED: "amber",
  QUANTIZED: "slate",
} as const;

export function ModelKindBadge({ kind }: { kind: ModelKind }) {
  return <Badge tone={TONES[kind]}>{KIND_LABELS[kind]}</Badge>;
}
