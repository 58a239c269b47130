"use client";

import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { STAGE_COLORS } from "@/components/ui/badge";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/labels";
import type { LineageViewNode } from "@/lib/lineage/view";

export const NODE_WIDTH = 208;
export const NODE_HEIGHT = 76;

export type LineageFlowNode = Node<{ version: LineageViewNode }, "version">;

/** One version: model name, number and kind, framed in its stage's colour; the focus gets a ring. */
function LineageNodeCard({ data }: NodeProps<LineageFlowNode>) {
  const { version } = data;
  const colour = STAGE_COLORS[version.stage] ?? "#64748b";
  return (
    <div
      className={`flex h-full w-full cursor-pointer flex-col justify-center rounded-md border-2 bg-white px-3 text-left shadow-sm ${
        version.isFocus ? "ring-4 ring-indigo-500 ring-offset-2" : ""
      }`}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT, borderColor: colour }}
    >
      {/* Handles only anchor edges; nothing here can be connected by hand. */}
      <Handle
        type="target"
        position={Position.Top}
        isConnectable={false}
        className="!h-1 !w-1 !min-w-0 !border-0 !bg-slate-400"
      />
      <p className="truncate text-sm font-semibold text-slate-900" title={version.model.name}>
        {version.model.name}
      </p>
      <p className="text-xs text-slate-700">
        <span className="font-medium">v{version.version}</span> · {KIND_LABELS[version.kind]}
      </p>
      <p className="flex items-center gap-1.5 text-xs text-slate-700">
        <span
          className="inline-block h-2 w-2 rounded-full"
          style={{ backgroundColor: colour }}
          aria-hidden="true"
        />
        {STAGE_LABELS[version.stage]}
        {version.isFocus && (
          <span className="ml-auto font-semibold uppercase tracking-wide text-indigo-700">This version</span>
        )}
      </p>
      <Handle
        type="source"
        position={Position.Bottom}
        isConnectable={false}
        className="!h-1 !w-1 !min-w-0 !border-0 !bg-slate-400"
      />
    </div>
  );
}

export const LineageNode = memo(LineageNodeCard);
