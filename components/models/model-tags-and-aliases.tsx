import Link from "next/link";
import { StageBadge } from "@/components/ui/badge";
import { KeyValueTags } from "./key-value-tags";

export type ModelTagsAndAliasesData = {
  keyTags: { key: string; value: string }[];
  aliases: { alias: string; version: { id: string; version: number; stage: string } }[];
};

/**
 * What MLflow clients set on a model (docs/mlflow.md): aliases, each naming one version, and key-value
 * tags. Shown as they are stored; `registry.kind` and `registry.team` are the tags the mapping reads.
 */
export function ModelTagsAndAliases({ model }: { model: ModelTagsAndAliasesData }) {
  if (model.keyTags.length === 0 && model.aliases.length === 0)
    return (
      <p className="text-sm text-slate-600">
        No aliases or key-value tags. MLflow clients set them (<code>set_registered_model_alias</code>,{" "}
        <code>set_registered_model_tag</code>); each change is audited.
      </p>
    );
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="text-xs font-medium uppercase tracking-wide text-slate-600">Aliases</h3>
        {model.aliases.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">None</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm">
            {model.aliases.map(({ alias, version }) => (
              <li key={alias} className="flex flex-wrap items-center gap-2">
                <span className="font-mono font-medium text-slate-900">@{alias}</span>
                <span aria-hidden>→</span>
                <Link href={`/versions/${version.id}`} className="text-indigo-700 hover:underline">
                  v{version.version}
                </Link>
                <StageBadge stage={version.stage} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="text-xs font-medium uppercase tracking-wide text-slate-600">Key-value tags</h3>
        <div className="mt-1">
          <KeyValueTags tags={model.keyTags} label="Key-value tags" />
        </div>
      </div>
    </div>
  );
}
