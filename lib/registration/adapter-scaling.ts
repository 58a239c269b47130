/**
 * The factor a LoRA update is multiplied by: alpha / r, or alpha / sqrt(r) under rsLoRA (rank-stabilised
 * LoRA, Kalajievski 2023, PEFT's `use_rslora`). Two adapters with the same rank and alpha but different
 * `use_rslora` train at different strengths: at r = 64, alpha = 16 it is 0.25 against 2. Null when the
 * method has no rank or alpha (IA3, prompt tuning).
 */
export function adapterScaling(facts: {
  rank: number | null;
  alpha: number | null;
  useRslora: boolean | null;
}): number | null {
  if (facts.rank === null || facts.alpha === null || facts.rank <= 0) return null;
  return facts.useRslora ? facts.alpha / Math.sqrt(facts.rank) : facts.alpha / facts.rank;
}
