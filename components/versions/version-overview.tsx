import Link from "next/link";
import type { AdapterType, LineageRelation, ModelKind } from "@/generated/prisma/enums";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { KIND_LABELS, RELATION_LABELS } from "@/lib/labels";
import { FactList } from "./fact-list";
import { ADAPTER_TYPE_LABELS } from "@/lib/labels";

type Parent = {
  versionId: string;
  relation: LineageRelation;
  model: { slug: string; name: string; kind: ModelKind };
  version: number;
};
type Adapter = {
  type: AdapterType;
  rank: number | null;
  alpha: number | null;
  dropout: number | null;
  targetModules: string | string[] | null;
  useRslora: boolean | null;
  scaling: number | null;
  taskType: string | null;
  modulesToSave: string[] | null;
  layersToTransform: number[] | null;
  layersPattern: string[] | null;
  rankPattern: Record<string, number> | null;
  alphaPattern: Record<string, number> | null;
  baseVersionId: string | null;
};

export type VersionOverviewProps = {
  model: { slug: string; name: string; kind: ModelKind };
  version: number;
  parameterCount: number | null;
  contextLength: number | null;
  codeCommit: string | null;
  artifactCount: number;
  datasetCount: number;
  parents: Parent[];
  adapter: Adapter | null;
};

const count = (value: number | null) => (value === null ? null : value.toLocaleString("en-US"));

const code = (text: string) => (
  <code key={text} className="rounded bg-slate-100 px-1 font-mono text-xs">
    {text}
  </code>
);

function Scaling({ adapter }: { adapter: Adapter }) {
  if (adapter.scaling === null) return null;
  const formula = adapter.useRslora ? "alpha / √r, rsLoRA" : "alpha / r";
  return (
    <span>
      {Number(adapter.scaling.toPrecision(4))} <span className="text-slate-600">({formula})</span>
    </span>
  );
}

function PerModule({ pattern }: { pattern: Record<string, number> }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {Object.entries(pattern).map(([module, value]) => (
        <li key={module}>
          {code(module)} {value}
        </li>
      ))}
    </ul>
  );
}

/** The PEFT facts most adapters leave unset: listed only when the config set them. */
function peftExtras(adapter: Adapter): [string, React.ReactNode][] {
  const extras: [string, React.ReactNode][] = [];
  if (adapter.taskType) extras.push(["Task type", code(adapter.taskType)]);
  if (adapter.modulesToSave)
    extras.push(["Modules trained in full", <TargetModules key="save" value={adapter.modulesToSave} />]);
  if (adapter.layersToTransform)
    extras.push([
      "Layers adapted",
      <span key="layers">
        {adapter.layersToTransform.join(", ")}
        {adapter.layersPattern && <> of {adapter.layersPattern.map(code)}</>}
      </span>,
    ]);
  if (adapter.rankPattern)
    extras.push(["Rank per module", <PerModule key="r" pattern={adapter.rankPattern} />]);
  if (adapter.alphaPattern)
    extras.push(["Alpha per module", <PerModule key="a" pattern={adapter.alphaPattern} />]);
  return extras;
}

function TargetModules({ value }: { value: string | string[] | null }) {
  if (value === null) return null;
  if (typeof value === "string") {
    return (
      <span>
        Regular expression <code className="rounded bg-slate-100 px-1 font-mono text-xs">{value}</code>
      </span>
    );
  }
  return (
    <ul className="flex flex-wrap gap-1">
      {value.map((name) => (
        <li key={name}>
          <code className="rounded bg-slate-100 px-1 font-mono text-xs">{name}</code>
        </li>
      ))}
    </ul>
  );
}

/** What a reviewer wants first: what this is, what it came from, and for an adapter how it was trained. */
export function VersionOverview({
  model,
  version,
  parameterCount,
  contextLength,
  codeCommit,
  artifactCount,
  datasetCount,
  parents,
  adapter,
}: VersionOverviewProps) {
  const base = adapter?.baseVersionId
    ? parents.find((p) => p.versionId === adapter.baseVersionId)
    : undefined;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Key facts">
        <FactList
          facts={[
            [
              "Model",
              <Link
                key="m"
                href={`/models/${model.slug}`}
                className="font-medium text-indigo-700 hover:underline"
              >
                {model.name}
              </Link>,
            ],
            ["Kind", KIND_LABELS[model.kind]],
            ["Version", version],
            ["Parameters", count(parameterCount)],
            ["Context length", contextLength === null ? null : `${count(contextLength)} tokens`],
            ["Code commit", codeCommit && <code className="font-mono text-xs">{codeCommit}</code>],
            ["Artifacts", artifactCount],
            ["Dataset versions used", datasetCount],
          ]}
        />
      </Card>
      <Card title="Parents">
        {parents.length === 0 ? (
          <EmptyState title="No parents">
            This version was registered without a parent: it starts its own lineage.
          </EmptyState>
        ) : (
          <ul className="space-y-2 text-sm">
            {parents.map((parent) => (
              <li key={parent.versionId} className="flex flex-wrap items-baseline gap-x-2">
                <span className="inline-block text-slate-600 first-letter:uppercase">
                  {RELATION_LABELS[parent.relation]}
                </span>
                <Link
                  href={`/versions/${parent.versionId}`}
                  className="font-medium text-indigo-700 hover:underline"
                >
                  {parent.model.name} v{parent.version}
                </Link>
                <span className="text-xs text-slate-600">({KIND_LABELS[parent.model.kind]})</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {adapter && (
        <Card title="Adapter" className="lg:col-span-2">
          <FactList
            facts={[
              ["Type", ADAPTER_TYPE_LABELS[adapter.type]],
              ["Rank (r)", adapter.rank],
              ["Alpha", adapter.alpha],
              ["Dropout", adapter.dropout],
              ...(adapter.scaling === null
                ? []
                : [["Scaling", <Scaling key="scaling" adapter={adapter} />] as [string, React.ReactNode]]),
              [
                "Target modules",
                adapter.targetModules === null ? null : <TargetModules value={adapter.targetModules} />,
              ],
              ...peftExtras(adapter),
              [
                "Base version",
                base && (
                  <Link
                    href={`/versions/${base.versionId}`}
                    className="font-medium text-indigo-700 hover:underline"
                  >
                    {base.model.name} v{base.version}
                  </Link>
                ),
              ],
            ]}
          />
        </Card>
      )}
    </div>
  );
}
