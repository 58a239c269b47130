"use client";

import { Button } from "./button";

/**
 * The second step of a consequential action: what will happen, a danger button that does it and a way
 * back. Labelled as a group so a screen reader announces what is being confirmed.
 */
export function ConfirmStep({
  label,
  explanation,
  confirm,
  onConfirm,
  onCancel,
  pending = false,
  className = "space-y-2",
}: {
  /** the group's accessible name: "Confirm revoking laptop" */
  label: string;
  explanation: string;
  /** the danger button's text, e.g. "Yes, revoke" (or "Revoking…" while pending) */
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  className?: string;
}) {
  return (
    <div role="group" aria-label={label} className={className}>
      <p className="text-xs text-slate-700">{explanation}</p>
      <div className="flex gap-2">
        <Button variant="danger" onClick={onConfirm} disabled={pending}>
          {confirm}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
