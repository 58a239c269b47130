import type { Stage } from "@/generated/prisma/enums";
import type { ServerAction } from "@/lib/action-result";
import {
  ArtifactReferenceForm,
  type ArtifactReferenceInput,
} from "@/components/artifacts/artifact-reference-form";
import { ArtifactTable, type ArtifactRow } from "@/components/artifacts/artifact-table";
import { ArtifactUploader } from "@/components/artifacts/artifact-uploader";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { STAGE_LABELS } from "@/lib/labels";

type Props = {
  versionId: string;
  artifacts: ArtifactRow[];
  /** more artifacts exist than were loaded */
  truncated: boolean;
  stage: Stage;
  promotionRequested: boolean;
  mayChange: boolean;
  teamName: string;
  maxUploadBytes: number;
  registerReference: ServerAction<ArtifactReferenceInput, { name: string }>;
};

/** Why files cannot be added now, or null while they can (the server applies the same rules on every upload). */
function closedReason({
  stage,
  promotionRequested,
  mayChange,
  teamName,
}: Pick<Props, "stage" | "promotionRequested" | "mayChange" | "teamName">) {
  if (stage !== "DEVELOPMENT")
    return `This version is in ${STAGE_LABELS[stage]}. Artifacts can only be added while a version is in Development; register a new version to add files.`;
  if (promotionRequested)
    return "A promotion was requested for this version, so its artifacts are fixed: reviewers see exactly the files that were submitted. Register a new version to add files.";
  if (!mayChange)
    return `Only data scientists of ${teamName}, the owning team, and admins can add artifacts to this version.`;
  return null;
}

export function VersionArtifacts(props: Props) {
  const { versionId, artifacts, truncated, maxUploadBytes, registerReference } = props;
  const reason = closedReason(props);
  return (
    <div className="space-y-6">
      {artifacts.length === 0 ? (
        <EmptyState title="No artifacts yet">
          {reason
            ? "No files were added to this version."
            : "Upload the weights, adapter config or model card below, or register files that live elsewhere."}
        </EmptyState>
      ) : (
        <ArtifactTable artifacts={artifacts} />
      )}
      {truncated && (
        <p className="text-sm text-slate-600">
          Showing the first {artifacts.length} artifacts; the REST API lists the rest.
        </p>
      )}
      {reason ? (
        <p
          role="note"
          className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700"
        >
          <span className="font-semibold text-slate-900">Uploads are closed. </span>
          {reason}
        </p>
      ) : (
        <div className="grid gap-6 xl:grid-cols-2">
          <Card title="Upload from this computer">
            <ArtifactUploader versionId={versionId} maxBytes={maxUploadBytes} />
          </Card>
          <Card title="Register a reference">
            <ArtifactReferenceForm registerReference={registerReference} />
          </Card>
        </div>
      )}
    </div>
  );
}
