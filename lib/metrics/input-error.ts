/**
 * A metric's input that cannot be computed on, with each problem located: the pure metric functions
 * throw it, file parsers collect it, and the API turns it into a 400 naming the row and column of
 * each problem (the first MAX_INPUT_PROBLEMS).
 */
export type InputProblem = {
  /** 1-based row of the data (a CSV's header is row 0); null for a problem of the whole input */
  row: number | null;
  /** the column or field, e.g. `y_true`, `yPred`, `reference` */
  column: string | null;
  message: string;
};

export const MAX_INPUT_PROBLEMS = 20;

export class MetricInputError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[], message?: string) {
    const shown = problems.slice(0, MAX_INPUT_PROBLEMS);
    super(message ?? describeProblem(shown[0]));
    this.name = "MetricInputError";
    this.problems = shown;
  }
}

export function describeProblem(problem: InputProblem | undefined): string {
  if (!problem) return "The input is not valid";
  const where = [problem.row === null ? null : `row ${problem.row}`, problem.column]
    .filter(Boolean)
    .join(", ");
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** Collects problems up to the shown limit (and counts the rest), so a huge bad file stops early. */
export class ProblemList {
  readonly items: InputProblem[] = [];
  total = 0;

  add(row: number | null, column: string | null, message: string) {
    this.total += 1;
    if (this.items.length < MAX_INPUT_PROBLEMS) this.items.push({ row, column, message });
  }

  get full() {
    return this.items.length >= MAX_INPUT_PROBLEMS;
  }

  throwIfAny(): void {
    if (this.total === 0) return;
    const more = this.total - this.items.length;
    throw new MetricInputError(
      this.items,
      `${this.total} problem${this.total === 1 ? "" : "s"} in the input${more > 0 ? ` (the first ${this.items.length} shown)` : ""}: ${describeProblem(this.items[0])}`,
    );
  }
}
