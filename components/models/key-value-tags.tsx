/** MLflow-style key-value tags as stored, one per line; `label` names the list for screen readers. */
export function KeyValueTags({ tags, label }: { tags: { key: string; value: string }[]; label: string }) {
  if (tags.length === 0) return <p className="text-sm text-slate-600">None</p>;
  return (
    <dl aria-label={label} className="space-y-1 text-sm">
      {tags.map(({ key, value }) => (
        <div key={key} className="flex flex-wrap gap-x-2">
          <dt className="font-mono text-slate-700">{key}</dt>
          <dd className="break-all font-mono text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
