/** A definition list laid out as a two-column grid of facts; `undefined`/`null` values read "Not recorded". */
export function FactList({ facts, label }: { facts: [string, React.ReactNode][]; label?: string }) {
  return (
    <dl
      aria-label={label}
      className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]"
    >
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-600">{term}</dt>
          <dd className="text-slate-900">{value ?? <span className="text-slate-600">Not recorded</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
