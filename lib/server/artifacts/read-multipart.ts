import "server-only";
import busboy from "busboy";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AppError, validationError } from "@/lib/errors";

export type IncomingFile = { fileName: string; mimeType: string; stream: Readable };

const interrupted = (error: Error) =>
  validationError({ file: `The upload was interrupted: ${error.message}` });

/** Small text fields beside the one file; anything bigger is not what this endpoint takes. */
const LIMITS = { files: 1, fields: 10, parts: 12, fieldSize: 4096, fieldNameSize: 100 };

/**
 * Streams a multipart/form-data body through busboy: text fields are collected, the one file part
 * (field `file`) is handed to `onFile` as a stream the moment its headers arrive, with the fields sent
 * before it. Nothing is buffered here. The first failure (from the body, the parser or `onFile`) stops
 * the request, and is reported only after `onFile` has finished cleaning up.
 */
export function readMultipart<T>(
  body: ReadableStream<Uint8Array>,
  contentType: string,
  onFile: (file: IncomingFile, fieldsSoFar: Record<string, string>) => Promise<T>,
  /** removes what onFile stored, when the request fails after it (a refused field after the file) */
  discard: (file: T) => Promise<void>,
): Promise<{ fields: Record<string, string>; file: T | undefined }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Browsers send file names as raw UTF-8; busboy would read them as Latin-1.
      parser = busboy({ headers: { "content-type": contentType }, limits: LIMITS, defParamCharset: "utf8" });
    } catch (error) {
      return reject(validationError({ body: `Not a multipart/form-data body: ${(error as Error).message}` }));
    }
    const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
    const fields: Record<string, string> = {};
    let handled: Promise<T> | undefined;
    let fileStream: Readable | undefined;
    let settled = false;

    const fail = async (error: unknown) => {
      if (settled) return;
      settled = true;
      // The file stream first: destroyed by the parser instead, it would carry an error nobody awaits.
      fileStream?.destroy();
      parser.destroy();
      source.destroy();
      // Let onFile finish (its storage cleans up after itself on failure) before the caller answers, and
      // remove what it stored if it got that far: a refused request keeps no file.
      const stored = await handled?.then(
        (file) => ({ file }),
        () => undefined,
      );
      if (stored) await discard(stored.file).catch(() => undefined);
      reject(error);
    };
    const invalid = (field: string, message: string) => void fail(validationError({ [field]: message }));

    parser.on("field", (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated)
        return invalid(name, `At most ${LIMITS.fieldSize} characters`);
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      // A body that breaks off mid-file errors this stream, perhaps before onFile reads it: remember why,
      // so that onFile failing on it is reported as the client's broken upload, not as our fault.
      let broken: Error | undefined;
      stream.on("error", (error) => (broken ??= error));
      // The parser may still announce a part from the chunk it was reading when the request was refused.
      if (settled) return void stream.resume();
      if (name !== "file") {
        stream.resume();
        return invalid(name, "Unexpected file: send the one file in the field `file`");
      }
      fileStream = stream;
      handled = onFile({ fileName: info.filename ?? "", mimeType: info.mimeType, stream }, { ...fields });
      handled.catch((error) => fail(broken && !(error instanceof AppError) ? interrupted(broken) : error));
    });
    parser.on("filesLimit", () => invalid("file", "Send one file per request"));
    parser.on("fieldsLimit", () => invalid("body", "Too many fields"));
    parser.on("partsLimit", () => invalid("body", "Too many parts"));

    source.pipe(parser);
    source.on("error", (error) => void fail(interrupted(error)));
    parser.on(
      "error",
      (error: Error) =>
        void fail(validationError({ body: `The multipart body is malformed: ${error.message}` })),
    );
    parser.on("close", () => {
      // The body is parsed; the file may still be on its way to storage. A failure there is reported by
      // the handler attached in "file".
      void Promise.resolve(handled).then(
        (file) => {
          if (settled) return;
          settled = true;
          resolve({ fields, file });
        },
        () => undefined,
      );
    });
  });
}
