import type { ModelKind, RiskTier, Stage, VersionStatus } from "@/generated/prisma/enums";
import { Badge, RiskBadge, StageBadge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { KIND_LABELS } from "@/lib/labels";
import { Breadcrumbs } from "./breadcrumbs";
import { formatUtc } from "@/components/versions/format-utc";
import { VersionStatusBadge } from "./version-status-badge";

export type VersionHeaderProps = {
  model: { slug: string; name: string; kind: ModelKind; riskTier: RiskTier };
  version: number;
  stage: Stage;
  status: VersionStatus;
  team: { name: string };
  createdBy: { name: string; email: string };
  createdAt: Date;
  tags: string[];
  /** what the viewer may do with the version, beside its name (e.g. request a promotion) */
  actions?: React.ReactNode;
};

export function VersionHeader({
  model,
  version,
  stage,
  status,
  team,
  createdBy,
  createdAt,
  tags,
  actions,
}: VersionHeaderProps) {
  return (
    <header className="mb-6">
      <Breadcrumbs
        items={[
          { label: "Models", href: "/models" },
          { label: model.name, href: `/models/${model.slug}` },
          { label: `Version ${version}` },
        ]}
      />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          {model.name} <span className="text-slate-600">v{version}</span>
        </h1>
        <Badge tone="violet">{KIND_LABELS[model.kind]}</Badge>
        <StageBadge stage={stage} />
        {/* Beside the stage badge, only a deprecation or revocation adds anything. */}
        {status !== "ACTIVE" && <VersionStatusBadge stage={stage} status={status} />}
        <RiskBadge tier={model.riskTier} />
        {actions && <div className="ml-auto flex items-center gap-2">{actions}</div>}
      </div>
      <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div className="flex gap-2">
          <dt className="text-slate-600">Team</dt>
          <dd className="font-medium text-slate-900">{team.name}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-slate-600">Registered by</dt>
          <dd className="font-medium text-slate-900" title={createdBy.email}>
            {createdBy.name}
          </dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-slate-600">Registered</dt>
          <dd className="text-slate-900">
            <RelativeTime date={createdAt} /> <span className="text-slate-600">({formatUtc(createdAt)})</span>
          </dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-slate-600">Tags</dt>
          <dd>
            {tags.length === 0 ? (
              <span className="text-slate-600">None</span>
            ) : (
              <ul className="flex flex-wrap gap-1" aria-label="Tags">
                {tags.map((tag) => (
                  <li key={tag}>
                    <Badge>{tag}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
