import { z } from "zod";
import { oneOf } from "@/lib/schemas/common";
import { refuseUnreadable } from "@/lib/schemas/names";

export const ARTIFACT_FORMATS = [
  "SAFETENSORS",
  "GGUF",
  "BIN",
  "ADAPTER_CONFIG",
  "MODEL_CARD",
  "OTHER",
] as const;

/** Upper case as stored; `safetensors` is accepted too. */
export const artifactFormatSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase() : value),
  z.enum(ARTIFACT_FORMATS, oneOf(ARTIFACT_FORMATS)),
);

/** A file name, or a relative path such as `onnx/model.onnx`: never `..`, empty parts or control characters. */
export const artifactNameSchema = z
  .string("Required")
  .trim()
  .min(1, "Required")
  .max(255, "At most 255 characters")
  .refine((name) => !/[\u0000-\u001f\u007f\\]/.test(name), "No control characters or backslashes")
  .superRefine(refuseUnreadable)
  .refine(
    (name) => name.split("/").every((part) => part !== "" && part !== "." && part !== ".."),
    "A file name or a relative path, without empty, '.' or '..' parts",
  );

export const REFERENCE_SCHEMES = ["hf:", "s3:", "https:"] as const;
// Signed URLs expire and hand out access to whoever reads the registry: register the permanent location.
const SIGNATURE_PARAMS = ["x-amz-signature", "x-goog-signature", "sig", "signature"];

function uriProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Not a URI: expected hf://, s3:// or https://";
  }
  if (!(REFERENCE_SCHEMES as readonly string[]).includes(url.protocol))
    return "Only hf://, s3:// and https:// references are accepted";
  if (url.username || url.password) return "Must not carry credentials";
  if ([...url.searchParams.keys()].some((key) => SIGNATURE_PARAMS.includes(key.toLowerCase()))) {
    return "Looks like a signed URL: register the permanent location instead";
  }
  if (!url.hostname) return "Names no host, bucket or repository";
  const path = url.pathname.split("/").filter(Boolean);
  if (url.protocol === "hf:" && path.length < 1)
    return "hf:// URIs name a repository: hf://<org>/<name>[/<path>]";
  if (url.protocol === "s3:" && path.length < 1) return "s3:// URIs name an object: s3://<bucket>/<key>";
  return null;
}

export const artifactUriSchema = z
  .string("Required")
  .trim()
  .min(1, "Required")
  .max(2048, "At most 2048 characters")
  .superRefine((value, ctx) => {
    const problem = uriProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const sha256Schema = z
  .string("Required")
  .trim()
  .regex(/^[0-9a-fA-F]{64}$/, "64 hexadecimal characters (a SHA-256 digest)")
  .transform((value) => value.toLowerCase());

export const sizeBytesSchema = z
  .number("A whole number of bytes")
  .int("A whole number of bytes")
  .min(0, "At least 0")
  .max(Number.MAX_SAFE_INTEGER, "Too large");

/** JSON body of POST /versions/{id}/artifacts: bytes that live elsewhere, registered by reference. */
export const artifactReferenceSchema = z.object({
  name: artifactNameSchema,
  uri: artifactUriSchema,
  sha256: sha256Schema,
  sizeBytes: sizeBytesSchema,
  format: artifactFormatSchema.optional(),
});
export type ArtifactReferenceInput = z.infer<typeof artifactReferenceSchema>;

/** The text fields beside a multipart upload; `name` defaults to the file's own name. */
export const artifactUploadFieldsSchema = z.object({
  name: artifactNameSchema.optional(),
  format: artifactFormatSchema.optional(),
});

export const artifactSchema = z.object({
  id: z.string(),
  versionId: z.string(),
  name: z.string(),
  /** `local://...` for uploads; the registered URI for references */
  uri: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  format: z.enum(ARTIFACT_FORMATS),
  isReference: z.boolean(),
  /** parsed facts: a safetensors summary, the adapter config or the model card's declarations */
  metadata: z.record(z.string(), z.unknown()).nullable(),
  createdById: z.string(),
  createdAt: z.string(),
  /** null for references: their bytes live at `uri` */
  downloadUrl: z.string().nullable(),
});
export type ArtifactView = z.infer<typeof artifactSchema>;
