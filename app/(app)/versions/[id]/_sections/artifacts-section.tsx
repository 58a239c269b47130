import type { Stage } from "@/generated/prisma/enums";
import { VersionArtifacts } from "@/components/versions/version-artifacts";
import { listArtifacts } from "@/lib/server/artifacts/list-artifacts";
import { maxUploadBytes } from "@/lib/server/artifacts/upload-limits";
import type { VersionContext } from "@/lib/server/versions/get-version-context";
import { registerArtifactReferenceAction } from "../actions";

type Props = { versionId: string; stage: Stage; context: VersionContext };

export async function ArtifactsSection({ versionId, stage, context }: Props) {
  const page = await listArtifacts(versionId, { limit: 200 });
  return (
    <VersionArtifacts
      versionId={versionId}
      artifacts={page.items}
      truncated={page.nextCursor !== null}
      stage={stage}
      promotionRequested={context.promotionRequested}
      mayChange={context.mayChange}
      teamName={context.team.name}
      maxUploadBytes={maxUploadBytes()}
      registerReference={registerArtifactReferenceAction.bind(null, versionId)}
    />
  );
}
