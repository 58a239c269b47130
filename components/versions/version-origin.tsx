import { KeyValueTags } from "@/components/models/key-value-tags";
import { Card } from "@/components/ui/card";
import { FactList } from "./fact-list";

export type VersionOriginProps = {
  origin: {
    sourceUri: string | null;
    runId: string | null;
    runLink: string | null;
    loggedModelId: string | null;
  } | null;
  keyTags: { key: string; value: string }[];
  aliases: string[];
};

const mono = (text: string) => <code className="break-all font-mono text-xs">{text}</code>;

/** A run page is linked only when it is a web address; anything else is shown as text. */
function RunLink({ href }: { href: string }) {
  if (!/^https?:\/\//i.test(href)) return mono(href);
  return (
    <a href={href} className="break-all text-indigo-700 hover:underline" rel="noreferrer" target="_blank">
      {href}
    </a>
  );
}

/**
 * What an MLflow client recorded with the version (docs/mlflow.md): where its files are, the run that
 * made them, its key-value tags and the aliases pointing at it. Nothing when none of it was given.
 */
export function VersionOrigin({ origin, keyTags, aliases }: VersionOriginProps) {
  if (!origin && keyTags.length === 0 && aliases.length === 0) return null;
  return (
    <Card title="Source, run and MLflow tags" className="max-w-3xl">
      <FactList
        label="Source, run and MLflow tags"
        facts={[
          ["Source", origin?.sourceUri && mono(origin.sourceUri)],
          ["Run", origin?.runId && mono(origin.runId)],
          ...(origin?.runLink
            ? [["Run page", <RunLink key="run" href={origin.runLink} />] as [string, React.ReactNode]]
            : []),
          ...(origin?.loggedModelId
            ? [["Logged model", mono(origin.loggedModelId)] as [string, React.ReactNode]]
            : []),
          ["Aliases", aliases.length ? aliases.map((alias) => `@${alias}`).join(", ") : "None"],
        ]}
      />
      <h3 className="mt-4 text-xs font-medium uppercase tracking-wide text-slate-600">Key-value tags</h3>
      <div className="mt-1">
        <KeyValueTags tags={keyTags} label="Key-value tags" />
      </div>
    </Card>
  );
}
