/**
 * Shared look of the registration form's sections, and the message a whole section can carry. The legend
 * floats so it sits inside the card instead of on its border; what follows clears it.
 */
export const sectionClass =
  "space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm focus:outline-none [&>legend~*]:clear-both";
export const sectionLegend = "float-left mb-1 w-full text-base font-semibold text-slate-900";

export function SectionError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-red-700">
      {message}
    </p>
  );
}
