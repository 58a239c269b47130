/**
 * A policy's key is its identity in addresses and the API (`/policies/production-quality`): derived
 * once from the name it was created with, and kept when the name later changes. Pure: no I/O.
 */
const MAX_BASE = 60;

export function policyKeyFromName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_BASE)
    .replace(/^-+|-+$/g, "");
  return base || "policy";
}

/** A taken key made unique with a short random suffix (`production-quality-7f3k`). */
export const withSuffix = (key: string, random: () => number = Math.random) =>
  `${key}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0")}`;
