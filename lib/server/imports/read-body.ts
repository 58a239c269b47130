import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { findUnsafeJson } from "@/lib/http/unsafe-input";

/** The body as text, refused with 413 past `maxBytes` without reading the rest. */
export async function readBodyText(req: Request, maxBytes: number): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError(
        "payload_too_large",
        `The body is larger than ${maxBytes.toLocaleString("en")} bytes`,
      );
    }
    chunks.push(next.value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw validationError({ body: "The body is not UTF-8 text" });
  }
}

/**
 * JSON.parse with the 400 every route gives for a body that is not JSON, or that holds what the
 * database cannot store or nests deeper than any of our shapes (lib/http/unsafe-input.ts), naming the field.
 */
export function parseJsonBody(text: string): unknown {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw validationError({ body: "The body is not valid JSON" }, "The body is not valid JSON");
  }
  const unsafe = findUnsafeJson(value);
  if (unsafe) throw validationError({ [unsafe.path]: unsafe.message });
  return value;
}
