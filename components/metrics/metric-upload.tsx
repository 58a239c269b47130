"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { InputProblem } from "@/lib/metrics/input-error";
import { buildUpload, KIND_LABELS, readAnswer, type MetricKind } from "@/lib/metrics/upload-request";
import { UploadProblems } from "./upload-problems";
import { ProgressBar } from "@/components/ui/progress-bar";

type State =
  | { phase: "idle" }
  | { phase: "uploading"; percent: number }
  | { phase: "processing" }
  | { phase: "done"; summary: string }
  | { phase: "error"; message: string; problems: InputProblem[] };

const fileClass =
  "mt-1 block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium";
const inputClass = "mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm";
// datetime-local is read in the browser's time zone and sent as UTC
const isoOf = (local: string) => (local ? new Date(local).toISOString() : "");

/**
 * Sends evaluation results, fairness predictions or drift samples to the version's metrics endpoints
 * with the session cookie (same origin), by XHR for its upload progress. A refused file lists each
 * problem by row and column; nothing of it is stored.
 */
export function MetricUpload({ versionId }: { versionId: string }) {
  const router = useRouter();
  const [kind, setKind] = useState<MetricKind>("evaluations");
  const [state, setState] = useState<State>({ phase: "idle" });
  const file = useRef<HTMLInputElement>(null);
  const current = useRef<HTMLInputElement>(null);
  const [span, setSpan] = useState({ start: "", end: "" });

  function upload() {
    const chosen = file.current?.files?.[0];
    const currentFile = current.current?.files?.[0];
    const fail = (message: string) => setState({ phase: "error", message, problems: [] });
    if (!chosen) return fail("Choose a file first.");
    if (kind === "drift" && (!currentFile || !span.start || !span.end))
      return fail("Drift needs the current sample's file and the window's start and end.");
    const { body, contentType } = buildUpload(
      kind,
      chosen,
      kind === "drift"
        ? { current: currentFile!, windowStart: isoOf(span.start), windowEnd: isoOf(span.end) }
        : undefined,
    );
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/versions/${encodeURIComponent(versionId)}/${kind}`);
    if (contentType) xhr.setRequestHeader("content-type", contentType);
    xhr.upload.onprogress = (event) =>
      event.lengthComputable &&
      setState({ phase: "uploading", percent: Math.floor((event.loaded / event.total) * 100) });
    xhr.upload.onload = () => setState({ phase: "processing" });
    xhr.onload = () => {
      const answer = readAnswer(kind, xhr.status, xhr.responseText);
      if (!answer.ok) return setState({ phase: "error", message: answer.message, problems: answer.problems });
      setState({ phase: "done", summary: answer.summary });
      router.refresh();
    };
    xhr.onerror = () => fail("The connection dropped during the upload. Try again.");
    setState({ phase: "uploading", percent: 0 });
    xhr.send(body);
  }

  const percent = state.phase === "uploading" ? state.percent : 100;
  const busy = state.phase === "uploading" || state.phase === "processing";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="metric-kind" className="block text-sm font-medium text-slate-800">
            What you are sending
          </label>
          <select
            id="metric-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as MetricKind)}
            className={inputClass}
          >
            {(Object.keys(KIND_LABELS) as MetricKind[]).map((key) => (
              <option key={key} value={key}>
                {KIND_LABELS[key].label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="metric-file" className="block text-sm font-medium text-slate-800">
            {kind === "drift" ? "Reference sample" : "File"}
          </label>
          <input
            ref={file}
            id="metric-file"
            type="file"
            accept={KIND_LABELS[kind].accept}
            className={fileClass}
          />
        </div>
        {kind === "drift" && (
          <>
            <div>
              <label htmlFor="metric-current" className="block text-sm font-medium text-slate-800">
                Current sample
              </label>
              <input
                ref={current}
                id="metric-current"
                type="file"
                accept=".csv,text/csv"
                className={fileClass}
              />
            </div>
            {(["start", "end"] as const).map((edge) => (
              <div key={edge}>
                <label htmlFor={`metric-window-${edge}`} className="block text-sm font-medium text-slate-800">
                  Window {edge}
                </label>
                <input
                  id={`metric-window-${edge}`}
                  type="datetime-local"
                  value={span[edge]}
                  onChange={(event) => setSpan({ ...span, [edge]: event.target.value })}
                  className={inputClass}
                />
              </div>
            ))}
          </>
        )}
        <Button onClick={upload} disabled={busy}>
          Upload
        </Button>
      </div>
      <p className="text-xs text-slate-600">{KIND_LABELS[kind].hint}</p>
      {state.phase !== "idle" && state.phase !== "error" && <ProgressBar percent={percent} />}
      <p className="text-sm text-emerald-800" aria-live="polite">
        {state.phase === "processing"
          ? "Checking and computing…"
          : state.phase === "done"
            ? state.summary
            : ""}
      </p>
      {state.phase === "error" && <UploadProblems message={state.message} problems={state.problems} />}
    </div>
  );
}
