import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { MetricInputError, type InputProblem } from "@/lib/metrics/input-error";
import { FormatParseError, formatRefusal } from "@/lib/formats/format-error";
import { parseJsonBody, readBodyText } from "@/lib/server/imports/read-body";

/** What a metrics route hands its service: the request, read here by its content type. */
export type MetricsUpload = { contentType: string; request: Request; query: URLSearchParams };

export const uploadOf = (request: Request): MetricsUpload => ({
  contentType: request.headers.get("content-type") ?? "",
  request,
  query: new URL(request.url).searchParams,
});

/**
 * Body limits: JSON is read whole (50,000 observations are about 8 MB); CSV streams through the parser,
 * counted as it goes. METRICS_MAX_UPLOAD_BYTES raises the CSV limit (read per request).
 */
export const METRICS_JSON_MAX_BYTES = 32 * 1024 ** 2;
export const DEFAULT_METRICS_CSV_MAX_BYTES = 256 * 1024 ** 2;

export function metricsCsvMaxBytes(): number {
  const value = Number(process.env.METRICS_MAX_UPLOAD_BYTES ?? DEFAULT_METRICS_CSV_MAX_BYTES);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_METRICS_CSV_MAX_BYTES;
}

export const isJson = (contentType: string) => /^application\/([\w.+-]*\+)?json\b/i.test(contentType);
export const isCsv = (contentType: string) => /^(text\/csv|application\/csv)\b/i.test(contentType);
export const isMultipart = (contentType: string) => /^multipart\/form-data\b/i.test(contentType);
export const isMarkdown = (contentType: string) => /^(text\/markdown|text\/plain)\b/i.test(contentType);

export async function readJsonUpload(upload: MetricsUpload): Promise<Record<string, unknown>> {
  const text = await readBodyText(upload.request, METRICS_JSON_MAX_BYTES);
  const body = parseJsonBody(text);
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw validationError({ body: "A JSON object" }, "The body must be a JSON object");
  return body as Record<string, unknown>;
}

/** The body's chunks, refused with 413 as soon as they pass `maxBytes`. */
export async function* limitedChunks(
  body: AsyncIterable<Uint8Array> | null,
  maxBytes = metricsCsvMaxBytes(),
): AsyncGenerator<Uint8Array> {
  if (!body) return;
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes)
      throw new AppError(
        "payload_too_large",
        `The upload is larger than ${maxBytes.toLocaleString("en")} bytes`,
      );
    yield chunk;
  }
}

export function unsupportedType(contentType: string, accepted: string[]): AppError {
  return validationError(
    { "content-type": `One of ${accepted.join(", ")}` },
    `This endpoint does not take ${contentType || "a body without a content type"}`,
  );
}

const whereOf = (problem: InputProblem, index: number) =>
  [problem.row === null ? null : `row ${problem.row}`, problem.column].filter(Boolean).join(", ") ||
  `input ${index + 1}`;

/** A located input problem as the API's 400: each problem in `problems`, and in `fields` by place. */
export function toInputRefusal(error: unknown): unknown {
  if (error instanceof FormatParseError) return formatRefusal(error, "body");
  if (!(error instanceof MetricInputError)) return error;
  return new AppError(
    "validation_failed",
    error.message,
    Object.fromEntries(error.problems.map((problem, index) => [whereOf(problem, index), problem.message])),
    { problems: error.problems },
  );
}

/** Runs the reading and computing of an upload, answering a bad input as a located 400. */
export async function refusingBadInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toInputRefusal(error);
  }
}

/**
 * The form, read whole (two samples are compared whole anyway), through the byte limit: a body past
 * it is a 413, not a form cut short.
 */
export async function readMultipartForm(upload: MetricsUpload): Promise<FormData> {
  let refusal: unknown;
  const chunks = limitedChunks(upload.request.body);
  const counted = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        refusal = error;
        controller.error(error);
      }
    },
  });
  try {
    return await new Response(counted, { headers: { "content-type": upload.contentType } }).formData();
  } catch {
    throw refusal ?? validationError({ body: "Not a readable multipart/form-data body" });
  }
}
