"use client";

import "@xyflow/react/dist/style.css";
import { Background, Controls, MarkerType, MiniMap, ReactFlow, type Edge } from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { STAGE_COLORS } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { KIND_LABELS, RELATION_LABELS, STAGE_LABELS } from "@/lib/labels";
import { buildLineageView } from "@/lib/lineage/view";
import type { LineageGraph as Graph } from "@/lib/schemas/lineage";
import { LineageLegend } from "./lineage-legend";
import { LineageList } from "./lineage-list";
import { LineageNode, NODE_HEIGHT, NODE_WIDTH, type LineageFlowNode } from "./lineage-node";
import { useWholeLineage } from "./use-whole-lineage";

const NODE_TYPES = { version: LineageNode };
const DEFAULT_MAX_NODES = 200;
// Past this many versions, fitting everything makes the cards unreadable: open on the focus's neighbourhood.
const FIT_ALL_UP_TO = 30;

type Props = { graph: Graph; focusId: string; maxNodes?: number };

/**
 * The lineage of one version as an interactive graph (pan, zoom, fit), parents above children.
 * A click, or Enter on a focused node, opens that version. Past `maxNodes` it draws the versions
 * nearest to the focus and says how many it left out. A lineage larger than the first page of the API
 * comes whole on demand: "Show the whole lineage" loads the other pages and draws every version.
 */
export function LineageGraph({ graph, focusId, maxNodes: nearest = DEFAULT_MAX_NODES }: Props) {
  const router = useRouter();
  const whole = useWholeLineage(focusId, graph);
  const [showAll, setShowAll] = useState(false);
  const { nodes, edges, truncated } = whole.graph;
  const maxNodes = showAll ? nodes.length : nearest;
  const view = useMemo(
    () =>
      buildLineageView({ nodes, edges }, focusId, {
        nodeWidth: NODE_WIDTH,
        nodeHeight: NODE_HEIGHT,
        maxNodes,
      }),
    [nodes, edges, focusId, maxNodes],
  );
  const flowNodes = useMemo<LineageFlowNode[]>(
    () =>
      view.nodes.map((version) => ({
        id: version.id,
        type: "version",
        position: { x: version.x, y: version.y },
        data: { version },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        ariaRole: "link",
        ariaLabel: `${version.model.name} v${version.version}, ${KIND_LABELS[version.kind]}, ${STAGE_LABELS[version.stage]}${version.isFocus ? " (this version)" : ""}`,
      })),
    [view],
  );
  const flowEdges = useMemo<Edge[]>(
    () =>
      view.edges.map((edge) => ({
        id: `${edge.from}>${edge.to}`,
        source: edge.from,
        target: edge.to,
        type: "smoothstep",
        label: RELATION_LABELS[edge.relation],
        labelStyle: { fontSize: 11, fill: "#334155" },
        markerEnd: { type: MarkerType.ArrowClosed, color: "#94a3b8" },
        style: { stroke: "#94a3b8" },
        focusable: false,
      })),
    [view],
  );

  if (view.nodes.length <= 1 && view.edges.length === 0) {
    return (
      <EmptyState title="No lineage recorded">
        This version has no parents or descendants yet. Parents are set when a version is registered, or added
        later from an import.
      </EmptyState>
    );
  }

  const open = (id: string) => router.push(`/versions/${id}`);
  const fitAll = view.nodes.length <= FIT_ALL_UP_TO;
  const focus = view.nodes.find((n) => n.isFocus);
  return (
    <div className="space-y-3">
      <LineageLegend />
      {(view.hidden > 0 || truncated) && (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <p>
            Showing the {view.nodes.length} versions nearest to this one of {truncated ? "more than " : ""}
            {view.total.toLocaleString("en")} in its lineage.
          </p>
          <Button
            variant="secondary"
            disabled={whole.loading}
            onClick={async () => {
              if (truncated) await whole.loadRest();
              setShowAll(true);
            }}
          >
            {whole.loading ? "Loading the whole lineage…" : "Show the whole lineage"}
          </Button>
        </div>
      )}
      {whole.error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {whole.error}
        </p>
      )}
      <div
        className="h-[560px] rounded-lg border border-slate-200 bg-slate-50"
        role="region"
        aria-label={`Lineage graph, ${view.nodes.length} versions. Tab to a version and press Enter to open it.`}
        onKeyDown={(event) => {
          const target = (event.target as HTMLElement).closest<HTMLElement>(".react-flow__node");
          if (event.key === "Enter" && target?.dataset.id) open(target.dataset.id);
        }}
      >
        <ReactFlow
          nodes={flowNodes}
          edges={flowEdges}
          nodeTypes={NODE_TYPES}
          onNodeClick={(_event, node) => open(node.id)}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          onlyRenderVisibleElements={view.nodes.length > 80}
          minZoom={0.1}
          fitView={fitAll}
          fitViewOptions={{ padding: 0.15, maxZoom: 1.2 }}
          onInit={(flow) => {
            if (!fitAll && focus)
              void flow.setCenter(focus.x + NODE_WIDTH / 2, focus.y + NODE_HEIGHT / 2, { zoom: 0.9 });
          }}
        >
          <Background gap={20} color="#e2e8f0" />
          <Controls showInteractive={false} />
          {!fitAll && (
            <MiniMap<LineageFlowNode>
              pannable
              zoomable
              ariaLabel="Overview of the whole lineage"
              nodeColor={(node) => STAGE_COLORS[node.data.version.stage] ?? "#64748b"}
            />
          )}
        </ReactFlow>
      </div>
      <LineageList nodes={view.nodes} />
    </div>
  );
}
