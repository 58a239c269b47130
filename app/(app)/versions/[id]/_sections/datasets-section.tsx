import { VersionDatasets } from "@/components/versions/version-datasets";
import type { Principal } from "@/lib/auth/permissions";
import { listVersionDatasets } from "@/lib/server/versions/list-version-datasets";

export async function DatasetsSection({ principal, versionId }: { principal: Principal; versionId: string }) {
  return <VersionDatasets usages={await listVersionDatasets(principal, versionId)} />;
}
