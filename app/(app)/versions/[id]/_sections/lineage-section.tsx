import { LineageGraph } from "@/components/lineage/lineage-graph";
import { getLineage } from "@/lib/server/lineage/get-lineage";

/**
 * Ancestors and descendants of the version: the API's first page (nearest generations first), which
 * is all of any ordinary lineage; the graph loads the rest of a huge one when asked.
 */
export async function LineageSection({ versionId }: { versionId: string }) {
  const graph = await getLineage(versionId, { direction: "both" });
  return <LineageGraph graph={graph} focusId={versionId} />;
}
