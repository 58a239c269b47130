import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSafetensors } from "./fixtures/build-safetensors";
import { FormatParseError } from "./format-error";
import { parseSafetensors, SAFETENSORS_MAX_HEADER_BYTES } from "./safetensors";
import { SafetensorsStreamParser } from "./safetensors-stream";

const parse = (file: Uint8Array) => parseSafetensors(file, file.length);
const refusal = (file: Uint8Array) => {
  try {
    parse(file);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatParseError);
    return (error as FormatParseError).message;
  }
  throw new Error("expected the file to be refused");
};

/** The same bytes through the streaming parser, cut into chunks of the given size. */
function streamParse(file: Uint8Array, chunkSize: number) {
  const parser = new SafetensorsStreamParser();
  for (let offset = 0; offset < file.length; offset += chunkSize)
    parser.push(file.subarray(offset, offset + chunkSize));
  return parser.finish(file.length);
}

describe("parseSafetensors on a file written by the reference implementation", () => {
  // lib/formats/fixtures/tiny-lora.safetensors: written with safetensors 0.8.0 (numpy.save_file).
  const file = new Uint8Array(readFileSync(path.join(import.meta.dirname, "fixtures/tiny-lora.safetensors")));

  it("reads tensor count, dtypes, parameters and metadata exactly", () => {
    expect(parse(file)).toEqual({
      headerBytes: 744,
      dataBytes: 827,
      tensorCount: 7,
      dtypes: { I64: 1, F64: 1, F32: 2, F16: 2, BOOL: 1 },
      // 2x3 token ids + 1 scalar + four 4x16 LoRA matrices + 3 mask entries
      parameterCount: 6 + 1 + 4 * 64 + 3,
      metadata: { format: "pt", source: "model-registry test fixture" },
    });
  });

  it("gives the same answer streamed in chunks of any size", () => {
    for (const size of [1, 7, 8, 9, 100, 4096]) expect(streamParse(file, size)).toEqual(parse(file));
  });

  it("needs only the first 8 + N bytes plus the total size", () => {
    expect(parseSafetensors(file.subarray(0, 8 + 744), file.length).tensorCount).toBe(7);
  });
});

describe("parseSafetensors on built files", () => {
  it("counts every dtype, scalars, empty tensors and sub-byte floats", () => {
    const file = buildSafetensors({
      a: { dtype: "BF16", shape: [2, 3] },
      b: { dtype: "F4", shape: [4] },
      c: { dtype: "F32", shape: [] },
      empty: { dtype: "U8", shape: [0, 5] },
    });
    expect(parse(file)).toMatchObject({
      tensorCount: 4,
      dtypes: { BF16: 1, F4: 1, F32: 1, U8: 1 },
      parameterCount: 11,
      metadata: null,
      dataBytes: 12 + 2 + 4,
    });
  });

  it("accepts a header with no tensors (the reference writes `{}` padded with spaces)", () => {
    expect(parse(buildSafetensors({}))).toMatchObject({ tensorCount: 0, parameterCount: 0, headerBytes: 8 });
  });

  it("accepts tensors listed in any order, as long as their offsets tile the data", () => {
    const file = buildSafetensors({
      second: { dtype: "U8", shape: [4], offsets: [4, 8] },
      first: { dtype: "U8", shape: [4], offsets: [0, 4] },
    });
    expect(parse(file).tensorCount).toBe(2);
  });
});

describe("parseSafetensors refuses hostile and broken files", () => {
  const valid = { w: { dtype: "F16", shape: [2, 2] } };

  it("a header length of 2^63", () => {
    expect(refusal(buildSafetensors(valid, { declaredHeaderLength: BigInt(2) ** BigInt(63) }))).toMatch(
      /over the 100 MB limit/,
    );
  });

  it("a header length just over the 100 MB limit, before reading it", () => {
    expect(
      refusal(buildSafetensors(valid, { declaredHeaderLength: BigInt(SAFETENSORS_MAX_HEADER_BYTES + 1) })),
    ).toMatch(/100 MB/);
  });

  it("a header length of 0", () => {
    expect(refusal(buildSafetensors(valid, { declaredHeaderLength: BigInt(0) }))).toMatch(
      /header length is 0/,
    );
  });

  it("a header longer than the file", () => {
    expect(refusal(buildSafetensors(valid, { declaredHeaderLength: BigInt(4096) }))).toMatch(
      /claims 4096 bytes, but only \d+ bytes follow/,
    );
  });

  it("a file shorter than 8 bytes", () => {
    expect(refusal(new Uint8Array([1, 0, 0]))).toMatch(/shorter than the 8-byte header length/);
  });

  it("a header that is not JSON, not UTF-8, or not an object", () => {
    expect(refusal(buildSafetensors({}, { headerText: '{"w": {"dtype": ' }))).toMatch(/not valid JSON/);
    expect(
      refusal(
        buildSafetensors(
          {},
          { headerBytes: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x20, 0x20, 0x20, 0x20]) },
        ),
      ),
    ).toMatch(/not valid UTF-8/);
    expect(refusal(buildSafetensors({}, { headerText: "[1, 2, 3]" }))).toMatch(/must be a JSON object/);
    expect(refusal(buildSafetensors({}, { headerText: "null" }))).toMatch(/must be a JSON object/);
  });

  it("an unknown dtype", () => {
    expect(refusal(buildSafetensors({ w: { dtype: "F128", shape: [1] } }, { dataBytes: 16 }))).toMatch(
      /Tensor "w" has an unknown dtype "F128"/,
    );
  });

  it("negative, fractional or non-numeric shapes", () => {
    for (const shape of [[-1], [1.5], ["2"]] as never[]) {
      expect(
        refusal(buildSafetensors({ w: { dtype: "U8", shape, offsets: [0, 2] } }, { dataBytes: 2 })),
      ).toMatch(/shape must be a list of non-negative whole numbers/);
    }
  });

  it("offsets that disagree with shape and dtype, even when the product overflows 2^64", () => {
    expect(
      refusal(buildSafetensors({ w: { dtype: "F32", shape: [2, 2], offsets: [0, 8] } }, { dataBytes: 8 })),
    ).toMatch(/span 8 bytes, but shape \[2, 2\] of F32 needs 16/);
    const huge = 2 ** 40;
    expect(
      refusal(
        buildSafetensors(
          { w: { dtype: "U8", shape: [huge, huge, huge], offsets: [0, 0] } },
          { dataBytes: 0 },
        ),
      ),
    ).toMatch(/needs 1329227995784915872903807060280344576/);
  });

  it("offsets that are reversed or malformed", () => {
    expect(
      refusal(buildSafetensors({ w: { dtype: "U8", shape: [0], offsets: [4, 2] } }, { dataBytes: 4 })),
    ).toMatch(/0 <= begin <= end/);
    expect(
      refusal(buildSafetensors({}, { headerText: '{"w":{"dtype":"U8","shape":[1],"data_offsets":[0]}}' })),
    ).toMatch(/data_offsets must be/);
  });

  it("offsets past the end of the data (a truncated file)", () => {
    expect(refusal(buildSafetensors({ w: { dtype: "F32", shape: [256] } }, { dataBytes: 100 }))).toMatch(
      /ends at byte 1024 of the data, but the file holds only 100 data bytes: it is truncated/,
    );
  });

  it("gaps, overlaps and unexplained trailing bytes", () => {
    expect(
      refusal(buildSafetensors({ w: { dtype: "U8", shape: [4], offsets: [4, 8] } }, { dataBytes: 8 })),
    ).toMatch(/leaves 4 unexplained bytes/);
    const overlap = {
      a: { dtype: "U8", shape: [4], offsets: [0, 4] as [number, number] },
      b: { dtype: "U8", shape: [4], offsets: [2, 6] as [number, number] },
    };
    expect(refusal(buildSafetensors(overlap, { dataBytes: 6 }))).toMatch(/overlaps the tensor before it/);
    expect(refusal(buildSafetensors(valid, { dataBytes: 12 }))).toMatch(
      /4 bytes after the last tensor are not described/,
    );
  });

  it("metadata that is not a map of strings", () => {
    expect(refusal(buildSafetensors({}, { headerText: '{"__metadata__":{"epochs":3}}' }))).toMatch(
      /`__metadata__` must be an object whose values are all strings/,
    );
  });

  it("keeps a hostile tensor name out of the message", () => {
    expect(
      refusal(buildSafetensors({ ["x".repeat(10_000)]: { dtype: "NOPE", shape: [1] } }, { dataBytes: 1 }))
        .length,
    ).toBeLessThan(200);
  });
});

describe("SafetensorsStreamParser", () => {
  it("refuses a bad header length from the first 8 bytes, before the rest arrives", () => {
    const parser = new SafetensorsStreamParser();
    const file = buildSafetensors({}, { declaredHeaderLength: BigInt(2) ** BigInt(63) });
    expect(() => parser.push(file.subarray(0, 8))).toThrow(/over the 100 MB limit/);
  });

  it("refuses invalid JSON as soon as the header is complete", () => {
    const parser = new SafetensorsStreamParser();
    const file = buildSafetensors({}, { headerText: "{oops}", dataBytes: 1_000 });
    expect(() => parser.push(file.subarray(0, 16))).toThrow(/not valid JSON/);
  });

  it("refuses a stream that ends inside its header, or before 8 bytes", () => {
    const short = new SafetensorsStreamParser();
    short.push(new Uint8Array([1, 2]));
    expect(() => short.finish(2)).toThrow(/shorter than the 8-byte header length/);
    const cut = new SafetensorsStreamParser();
    const file = buildSafetensors({ w: { dtype: "U8", shape: [2] } });
    cut.push(file.subarray(0, 12));
    expect(() => cut.finish(12)).toThrow(/claims \d+ bytes, but only 4 bytes follow/);
  });

  it("refuses a truncated data section at the end", () => {
    const file = buildSafetensors({ w: { dtype: "F32", shape: [64] } }, { dataBytes: 10 });
    expect(() => streamParse(file, 5)).toThrow(/truncated/);
  });
});
