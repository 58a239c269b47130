import { LineageGraph } from "@/components/lineage/lineage-graph";
import { getLineage } from "@/lib/server/lineage/get-lineage";

/** Ancestors and descendants of the version, every generation (the graph draws the nearest few hundred). */
export async function LineageSection({ versionId }: { versionId: string }) {
  const graph = await getLineage(versionId, { direction: "both" });
  return <LineageGraph nodes={graph.nodes} edges={graph.edges} focusId={versionId} />;
}
