"use client";

import { useState } from "react";
import { MAX_LINEAGE_PAGE, type LineageGraph } from "@/lib/schemas/lineage";

type Status = { loading: boolean; error: string };

/**
 * The lineage the page was rendered with (its first page), and `loadRest()`, which fetches the pages
 * that follow from the API and adds them: the graph shows a huge lineage whole only when asked.
 */
export function useWholeLineage(versionId: string, first: LineageGraph) {
  const [graph, setGraph] = useState(first);
  const [status, setStatus] = useState<Status>({ loading: false, error: "" });

  async function loadRest() {
    setStatus({ loading: true, error: "" });
    const nodes = [...graph.nodes];
    const edges = [...graph.edges];
    let cursor = graph.nextCursor;
    try {
      while (cursor) {
        const query = new URLSearchParams({ direction: "both", limit: String(MAX_LINEAGE_PAGE), cursor });
        const response = await fetch(`/api/v1/versions/${encodeURIComponent(versionId)}/lineage?${query}`, {
          cache: "no-store",
        });
        const body = await response.json();
        if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}`);
        const page = body as LineageGraph;
        nodes.push(...page.nodes);
        edges.push(...page.edges);
        cursor = page.nextCursor;
      }
      setGraph({ nodes, edges, truncated: false, nextCursor: null });
      setStatus({ loading: false, error: "" });
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      setStatus({ loading: false, error: `Could not load the rest of the lineage: ${reason}` });
    }
  }

  return { graph, ...status, loadRest };
}
