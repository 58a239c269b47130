import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { PolicyVersionView } from "@/lib/policy/views";
import { EnabledBadge, ModeBadge } from "./policy-badges";

/** Every version, newest first: who saved it, when, why, and what it changed from the one before. */
export function VersionHistory({ versions }: { versions: PolicyVersionView[] }) {
  return (
    <ol className="space-y-4">
      {versions.map((version, index) => (
        <li
          key={version.version}
          id={`version-${version.version}`}
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="text-sm font-semibold text-slate-900">Version {version.version}</h3>
            {index === 0 && <Badge tone="indigo">Current</Badge>}
            <ModeBadge mode={version.mode} />
            <EnabledBadge enabled={version.enabled} />
            <span className="text-sm text-slate-600">
              by {version.createdBy.name}, <RelativeTime date={version.createdAt} />
            </span>
          </div>
          {version.changeNote && (
            <blockquote className="mt-2 border-l-2 border-slate-300 pl-3 text-sm text-slate-700">
              {version.changeNote}
            </blockquote>
          )}
          <h4 className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-600">
            {version.diff.initial ? "Created with" : `Changes from version ${version.version - 1}`}
          </h4>
          <ul
            aria-label={`Changes in version ${version.version}`}
            className="mt-1 space-y-0.5 text-sm text-slate-800"
          >
            {version.diff.lines.map((line) => (
              <li key={line} className="flex gap-2">
                <span aria-hidden className="text-slate-400">
                  •
                </span>
                {line}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
