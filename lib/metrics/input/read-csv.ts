/**
 * CSV records from text or a stream of chunks, through csv-parse (quotes, embedded commas and newlines,
 * a BOM, CRLF). The header is returned apart; each record comes with its data row number (the header
 * is row 0), the numbering every located problem uses.
 */
import { parse, CsvError } from "csv-parse";
import { Readable } from "node:stream";
import { MetricInputError } from "../input-error";

export type CsvSource = string | AsyncIterable<string | Uint8Array>;
export type CsvRecord = { row: number; cells: string[] };

const OPTIONS = { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true } as const;

export async function* readCsv(
  source: CsvSource,
  onHeader: (header: string[]) => void,
): AsyncGenerator<CsvRecord> {
  const parser = parse(OPTIONS);
  const input = typeof source === "string" ? Readable.from([source]) : Readable.from(source);
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  let row = -1;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      if (row === 0) onHeader(cells);
      else yield { row, cells };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The parser may fail ahead of the records read so far; its line count (the header is line 1) is
    // where it stopped.
    const line = (error as CsvError & { lines?: number }).lines;
    const at = typeof line === "number" ? line - 1 : row + 1;
    throw new MetricInputError([{ row: at, column: null, message: `Not readable as CSV: ${error.message}` }]);
  } finally {
    input.destroy();
  }
  if (row < 0) throw new MetricInputError([{ row: null, column: null, message: "The file is empty" }]);
}

/** The header's column names, checked: none blank, none twice. */
export function checkHeader(header: string[]): string[] {
  const problems = header.flatMap((name, index) =>
    !name
      ? [{ row: 0, column: `column ${index + 1}`, message: "The header names no column here" }]
      : header.indexOf(name) !== index
        ? [{ row: 0, column: name, message: "This column is named twice" }]
        : [],
  );
  if (problems.length) throw new MetricInputError(problems);
  return header;
}
