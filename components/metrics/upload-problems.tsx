import type { InputProblem } from "@/lib/metrics/input-error";

const where = (problem: InputProblem) =>
  [problem.row === null ? null : problem.row === 0 ? "header" : `row ${problem.row}`, problem.column]
    .filter(Boolean)
    .join(", ") || "the file";

/** A refused upload: what was wrong, each problem by row and column, and that nothing was stored. */
export function UploadProblems({ message, problems }: { message: string; problems: InputProblem[] }) {
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-medium">{problems.length ? "The file was refused; nothing was stored." : message}</p>
      {problems.length > 0 && (
        <>
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">Problems in the file, by row and column</caption>
            <thead>
              <tr className="text-xs uppercase tracking-wide text-red-800">
                <th scope="col" className="py-1 pr-4 font-semibold">
                  Where
                </th>
                <th scope="col" className="py-1 font-semibold">
                  Problem
                </th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem, index) => (
                <tr key={index} className="border-t border-red-100">
                  <td className="py-1 pr-4 font-mono text-xs whitespace-nowrap">{where(problem)}</td>
                  <td className="py-1">{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length >= 20 && (
            <p className="mt-2 text-xs">The first 20 problems are shown: fix these and send it again.</p>
          )}
        </>
      )}
    </div>
  );
}
