/**
 * The safetensors layout: an 8-byte little-endian header length N, N bytes of UTF-8 JSON describing each
 * tensor, then the data section. Checked the way the reference implementation (huggingface/safetensors,
 * `Metadata::validate`) checks it, so a file we accept is one every safetensors reader loads: tensors
 * sorted by offset must tile the data section exactly, from byte 0 to its end, with no gap or overlap.
 * Pure: works on bytes and a size, so the upload path can run it while the file streams past.
 */
import { FormatParseError } from "./format-error";

/** The reference implementation's MAX_HEADER_SIZE: a longer header is refused before it is read. */
export const SAFETENSORS_MAX_HEADER_BYTES = 100_000_000;
export const SAFETENSORS_PREFIX_BYTES = 8;

/** Bits per element, as safetensors 0.8 defines them (sub-byte floats included). */
export const SAFETENSORS_DTYPE_BITS = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
} as const;
export type SafetensorsDtype = keyof typeof SAFETENSORS_DTYPE_BITS;

export type SafetensorsTensor = {
  name: string;
  dtype: SafetensorsDtype;
  shape: number[];
  begin: number;
  end: number;
  elements: bigint;
};
export type SafetensorsHeader = {
  headerBytes: number;
  tensors: SafetensorsTensor[];
  metadata: Record<string, string> | null;
};

export type SafetensorsSummary = {
  /** N: the length of the JSON header */
  headerBytes: number;
  dataBytes: number;
  tensorCount: number;
  /** tensors per dtype */
  dtypes: Partial<Record<SafetensorsDtype, number>>;
  /**
   * Elements over all tensors. Always a safe integer: every tensor's bytes are checked against the file,
   * so the count is at most twice the file size (F4 packs two elements in a byte).
   */
  parameterCount: number;
  metadata: Record<string, string> | null;
};

const fail = (message: string) => new FormatParseError("safetensors", message);
// Tensor names come from the file: quote them, and keep a hostile one from flooding the message.
const quote = (name: string) => JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);

/** Reads and bounds N from the first 8 bytes; with the file size, also refuses a header longer than the file. */
export function readHeaderLength(prefix: Uint8Array, fileSize?: number): number {
  if (
    prefix.length < SAFETENSORS_PREFIX_BYTES ||
    (fileSize !== undefined && fileSize < SAFETENSORS_PREFIX_BYTES)
  ) {
    throw fail("The file is shorter than the 8-byte header length that starts every safetensors file");
  }
  const declared = new DataView(prefix.buffer, prefix.byteOffset, SAFETENSORS_PREFIX_BYTES).getBigUint64(
    0,
    true,
  );
  if (declared === BigInt(0))
    throw fail("The header length is 0: a safetensors header is at least the JSON object `{}`");
  if (declared > BigInt(SAFETENSORS_MAX_HEADER_BYTES)) {
    throw fail(`The header length (${declared} bytes) is over the 100 MB limit of safetensors readers`);
  }
  const length = Number(declared);
  if (fileSize !== undefined && length > fileSize - SAFETENSORS_PREFIX_BYTES) {
    throw fail(
      `The header claims ${length} bytes, but only ${fileSize - SAFETENSORS_PREFIX_BYTES} bytes follow the header length`,
    );
  }
  return length;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
const isDtype = (value: unknown): value is SafetensorsDtype =>
  typeof value === "string" && Object.hasOwn(SAFETENSORS_DTYPE_BITS, value);

function parseMetadata(value: unknown): Record<string, string> {
  if (!isRecord(value) || !Object.values(value).every((v) => typeof v === "string")) {
    throw fail("`__metadata__` must be an object whose values are all strings");
  }
  return value as Record<string, string>;
}

function parseTensor(name: string, value: unknown): SafetensorsTensor {
  if (!isRecord(value)) throw fail(`Tensor ${quote(name)} is not an object of dtype, shape and data_offsets`);
  const { dtype, shape, data_offsets: offsets } = value;
  if (!isDtype(dtype)) throw fail(`Tensor ${quote(name)} has an unknown dtype ${JSON.stringify(dtype)}`);
  if (!Array.isArray(shape) || !shape.every(isCount))
    throw fail(`Tensor ${quote(name)}: shape must be a list of non-negative whole numbers`);
  if (
    !Array.isArray(offsets) ||
    offsets.length !== 2 ||
    !offsets.every(isCount) ||
    offsets[0]! > offsets[1]!
  ) {
    throw fail(`Tensor ${quote(name)}: data_offsets must be [begin, end] with 0 <= begin <= end`);
  }
  const [begin, end] = offsets as [number, number];
  // BigInt: a hostile shape such as [2**40, 2**40] must not round its way to a plausible size.
  const elements = shape.reduce((product: bigint, dim: number) => product * BigInt(dim), BigInt(1));
  const bits = elements * BigInt(SAFETENSORS_DTYPE_BITS[dtype]);
  if (bits % BigInt(8) !== BigInt(0))
    throw fail(`Tensor ${quote(name)}: ${elements} elements of ${dtype} do not fill whole bytes`);
  const expected = bits / BigInt(8);
  if (BigInt(end - begin) !== expected) {
    throw fail(
      `Tensor ${quote(name)}: data_offsets span ${end - begin} bytes, but shape [${shape.join(", ")}] of ${dtype} needs ${expected}`,
    );
  }
  return { name, dtype, shape, begin, end, elements };
}

/** Parses the N header bytes (without the 8-byte prefix): every tensor entry and the metadata. */
export function parseHeader(header: Uint8Array): SafetensorsHeader {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(header);
  } catch {
    throw fail("The header is not valid UTF-8");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw fail(`The header is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(json)) throw fail("The header must be a JSON object of tensors");
  let metadata: Record<string, string> | null = null;
  const tensors: SafetensorsTensor[] = [];
  for (const [name, value] of Object.entries(json)) {
    if (name === "__metadata__") metadata = parseMetadata(value);
    else tensors.push(parseTensor(name, value));
  }
  return { headerBytes: header.length, tensors, metadata };
}

/** Checks the tensors against the file size (truncation, gaps, overlaps) and sums them up. */
export function summarise(header: SafetensorsHeader, fileSize: number): SafetensorsSummary {
  const dataBytes = fileSize - SAFETENSORS_PREFIX_BYTES - header.headerBytes;
  if (dataBytes < 0)
    throw fail(`The header claims ${header.headerBytes} bytes, but the file is only ${fileSize} bytes long`);
  for (const tensor of header.tensors) {
    if (tensor.end > dataBytes) {
      throw fail(
        `Tensor ${quote(tensor.name)} ends at byte ${tensor.end} of the data, but the file holds only ${dataBytes} data bytes: it is truncated`,
      );
    }
  }
  const sorted = [...header.tensors].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let cursor = 0;
  for (const tensor of sorted) {
    if (tensor.begin !== cursor) {
      const problem =
        tensor.begin < cursor
          ? "overlaps the tensor before it"
          : `leaves ${tensor.begin - cursor} unexplained bytes before it`;
      throw fail(`Tensor ${quote(tensor.name)} starts at byte ${tensor.begin} and ${problem}`);
    }
    cursor = tensor.end;
  }
  if (cursor !== dataBytes)
    throw fail(`${dataBytes - cursor} bytes after the last tensor are not described by the header`);

  const dtypes: Partial<Record<SafetensorsDtype, number>> = {};
  let parameters = BigInt(0);
  for (const tensor of header.tensors) {
    dtypes[tensor.dtype] = (dtypes[tensor.dtype] ?? 0) + 1;
    parameters += tensor.elements;
  }
  return {
    headerBytes: header.headerBytes,
    dataBytes,
    tensorCount: header.tensors.length,
    dtypes,
    parameterCount: Number(parameters),
    metadata: header.metadata,
  };
}

/** The whole check, from the first 8 + N bytes of a file (more is fine) and its total size. */
export function parseSafetensors(prefix: Uint8Array, fileSize: number): SafetensorsSummary {
  const length = readHeaderLength(prefix, fileSize);
  const end = SAFETENSORS_PREFIX_BYTES + length;
  if (prefix.length < end)
    throw fail(`Reading the header needs the first ${end} bytes of the file; got ${prefix.length}`);
  return summarise(parseHeader(prefix.subarray(SAFETENSORS_PREFIX_BYTES, end)), fileSize);
}
