import { z } from "zod";

/**
 * Characters a reader cannot see or a table cannot show: control characters (tab, newline, DEL, C1),
 * format characters (zero-width space and joiners, the byte-order mark, soft hyphen, bidi overrides),
 * line and paragraph separators, lone surrogates, and the "filler" letters that render as blanks
 * (Hangul fillers, the blank braille pattern). A name made of them is an empty, unclickable cell.
 */
const UNREADABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u2800\u3164\uFFA0]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why a name cannot be shown as it is, naming the character, or null when it can. */
export function unreadableCharacterIn(text: string): string | null {
  const found = UNREADABLE.exec(text)?.[0];
  if (found === undefined) return null;
  return /\p{Cc}/u.test(found)
    ? `Remove the control character (${codePoint(found)}): names are one line of visible text`
    : `Remove the invisible character (${codePoint(found)}): names are visible text`;
}

/** A refinement that adds the issue of `unreadableCharacterIn`. */
export function refuseUnreadable(text: string, ctx: z.RefinementCtx) {
  const problem = unreadableCharacterIn(text);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}

/**
 * A name people read in lists and links (a model, dataset, team, user or token): trimmed, required,
 * and made only of visible characters.
 */
export const nameText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "Required" : "Must be text") })
    .trim()
    .min(1, "Required")
    .max(max, `At most ${max} characters`)
    .superRefine(refuseUnreadable);
