/**
 * Re-draws the samples of reference_values.py from their recipe, bit for bit: mulberry32 (the seeded
 * generator of lib/random) and only additions of exact binary fractions, so no platform's Math.log or
 * Math.cos can make the two sides differ.
 */
import { seededRandom } from "@/lib/random/seeded";

export type SampleSpec =
  | { seed: number; n: number; shape: "normal"; mean: number; sd: number }
  | { seed: number; n: number; shape: "integers"; mean: number; levels: number }
  | { seed: number; n: number; shape: "categories"; categories: string[]; weights: number[] };

export function drawSample(spec: SampleSpec): number[] | string[] {
  const random = seededRandom(spec.seed);
  switch (spec.shape) {
    case "normal":
      return Array.from({ length: spec.n }, () => {
        let total = 0;
        for (let i = 0; i < 12; i++) total += random.next();
        return spec.mean + spec.sd * (total - 6);
      });
    case "integers":
      return Array.from({ length: spec.n }, () => spec.mean + Math.floor(random.next() * spec.levels));
    case "categories":
      return Array.from({ length: spec.n }, () => {
        const u = random.next();
        let cumulative = 0;
        for (let i = 0; i < spec.categories.length; i++) {
          cumulative += spec.weights[i]!;
          if (u < cumulative) return spec.categories[i]!;
        }
        return spec.categories[spec.categories.length - 1]!;
      });
  }
}
