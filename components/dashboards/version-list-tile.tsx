import Link from "next/link";

/** A headline count out of a whole, and the first few versions it counts, each linking to its page. */
export function VersionListTile({
  count,
  of,
  countLabel,
  versions,
  detail,
}: {
  count: number;
  of: number;
  countLabel: string;
  versions: { versionId: string; label: string }[];
  detail: (index: number) => string;
}) {
  return (
    <div>
      <p className="text-sm text-slate-700">
        <span
          className={`text-3xl font-semibold tabular-nums ${count > 0 ? "text-red-700" : "text-slate-900"}`}
        >
          {count}
        </span>{" "}
        of {of} {countLabel}
      </p>
      {versions.length > 0 && (
        <ul
          aria-label={`${countLabel} (first ${versions.length})`}
          className="mt-3 divide-y divide-slate-100 text-sm"
        >
          {versions.map((version, i) => (
            <li key={version.versionId} className="flex items-center justify-between gap-3 py-1.5">
              <Link
                href={`/versions/${version.versionId}`}
                prefetch={false}
                className="text-indigo-700 hover:underline"
              >
                {version.label}
              </Link>
              <span className="text-xs text-slate-600">{detail(i)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
