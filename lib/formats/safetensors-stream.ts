/**
 * The safetensors check fed chunk by chunk, for uploads: it keeps only the first 8 + N bytes (N is capped
 * at 100 MB before anything is buffered), refuses a bad length or header as soon as those bytes have
 * arrived, and checks the layout against the size once the stream ends. Pure: no streams, just bytes.
 */
import { FormatParseError } from "./format-error";
import {
  parseHeader,
  readHeaderLength,
  SAFETENSORS_PREFIX_BYTES,
  summarise,
  type SafetensorsHeader,
  type SafetensorsSummary,
} from "./safetensors";

export class SafetensorsStreamParser {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private headerLength: number | null = null;
  private header: SafetensorsHeader | null = null;
  private prefix: Uint8Array | null = null;

  /** Throws a FormatParseError as soon as the bytes seen so far prove the file is not valid safetensors. */
  push(chunk: Uint8Array): void {
    if (this.header) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.headerLength === null) {
      if (this.buffered < SAFETENSORS_PREFIX_BYTES) return;
      this.prefix = this.concat().subarray(0, SAFETENSORS_PREFIX_BYTES);
      this.headerLength = readHeaderLength(this.prefix);
    }
    const needed = SAFETENSORS_PREFIX_BYTES + this.headerLength;
    if (this.buffered < needed) return;
    this.header = parseHeader(this.concat().subarray(SAFETENSORS_PREFIX_BYTES, needed));
    this.chunks = [];
  }

  /** Called with the total size once the last byte has been pushed. */
  finish(fileSize: number): SafetensorsSummary {
    if (!this.header) {
      // Too short for its own header: let readHeaderLength word the refusal with the real size.
      readHeaderLength(this.prefix ?? this.concat(), fileSize);
      throw new FormatParseError("safetensors", "The file ended before its header did");
    }
    return summarise(this.header, fileSize);
  }

  private concat(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!;
    const joined = new Uint8Array(this.buffered);
    let offset = 0;
    for (const chunk of this.chunks) {
      joined.set(chunk, offset);
      offset += chunk.length;
    }
    this.chunks = [joined];
    return joined;
  }
}
