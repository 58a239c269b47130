import { RelativeTime } from "@/components/ui/relative-time";

export type ModelFactsData = {
  hfId: string | null;
  baseFamily: string | null;
  description: string | null;
  license: string | null;
  task: string | null;
  intendedUse: string | null;
  createdAt: Date;
  team: { name: string };
  createdBy: { name: string };
};

const missing = <span className="text-slate-500">Not recorded</span>;

function Fact({ term, children, wide = false }: { term: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2 lg:col-span-4" : undefined}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{term}</dt>
      <dd className="mt-1 whitespace-pre-line text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** What an auditor asks about a model first: who owns it, under which licence, for what use. */
export function ModelFacts({ model }: { model: ModelFactsData }) {
  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
      <Fact term="Owner team">{model.team.name}</Fact>
      <Fact term="Licence">{model.license ?? missing}</Fact>
      <Fact term="Hugging Face">
        {model.hfId ? (
          <a
            href={`https://huggingface.co/${model.hfId}`}
            className="font-mono text-indigo-700 hover:underline"
            rel="noreferrer"
            target="_blank"
          >
            {model.hfId}
          </a>
        ) : (
          missing
        )}
      </Fact>
      <Fact term="Task and family">
        {[model.task, model.baseFamily].filter(Boolean).join(" · ") || missing}
      </Fact>
      <Fact term="Description" wide>
        {model.description ?? missing}
      </Fact>
      <Fact term="Intended use" wide>
        {model.intendedUse ?? missing}
      </Fact>
      <Fact term="Created">
        <RelativeTime date={model.createdAt} /> by {model.createdBy.name}
      </Fact>
    </dl>
  );
}
