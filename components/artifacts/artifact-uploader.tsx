"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatBytes } from "./format-bytes";
import { ProgressBar } from "@/components/ui/progress-bar";

type UploadState =
  | { phase: "idle" }
  | { phase: "uploading"; loaded: number; total: number }
  | { phase: "processing" }
  | { phase: "done"; name: string }
  | { phase: "error"; message: string };

// The bar stays (full) while the server checks the file and after it is stored, so the end is visible too.
const percentOf = (state: UploadState) =>
  state.phase !== "uploading" ? 100 : state.total > 0 ? Math.floor((state.loaded / state.total) * 100) : 0;

function statusText(state: UploadState): string {
  switch (state.phase) {
    case "uploading":
      return `${percentOf(state)}% · ${formatBytes(state.loaded)} of ${formatBytes(state.total)}`;
    case "processing":
      return "Checking the file and computing its checksum…";
    case "done":
      return `Uploaded ${state.name}.`;
    default:
      return "";
  }
}

/**
 * Streams a file to POST /api/v1/versions/{id}/artifacts. XMLHttpRequest rather than fetch because only
 * XHR reports upload progress; the server computes the sha256 while the bytes arrive.
 */
export function ArtifactUploader({ versionId, maxBytes }: { versionId: string; maxBytes: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const request = useRef<XMLHttpRequest | null>(null);
  const [state, setState] = useState<UploadState>({ phase: "idle" });

  function upload() {
    const file = input.current?.files?.[0];
    if (!file) return setState({ phase: "error", message: "Choose a file first." });
    if (file.size > maxBytes)
      return setState({
        phase: "error",
        message: `This file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`,
      });
    const form = new FormData();
    form.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", `/api/v1/versions/${encodeURIComponent(versionId)}/artifacts`);
    xhr.upload.onprogress = (event) =>
      setState({
        phase: "uploading",
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
      });
    xhr.upload.onload = () => setState({ phase: "processing" });
    xhr.onload = () => {
      request.current = null;
      if (xhr.status === 201) {
        setState({ phase: "done", name: file.name });
        if (input.current) input.current.value = "";
        router.refresh();
        return;
      }
      let message = `Upload failed (HTTP ${xhr.status}).`;
      try {
        message =
          (JSON.parse(xhr.responseText) as { error?: { message?: string } }).error?.message ?? message;
      } catch {
        // keep the generic message: the body was not our JSON error
      }
      setState({ phase: "error", message });
    };
    xhr.onerror = () =>
      setState({ phase: "error", message: "The connection dropped during the upload. Try again." });
    xhr.onabort = () => setState({ phase: "idle" });
    setState({ phase: "uploading", loaded: 0, total: file.size });
    xhr.send(form);
  }

  const percent = percentOf(state);
  const showBar = state.phase === "uploading" || state.phase === "processing" || state.phase === "done";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="artifact-file" className="block text-sm font-medium text-slate-800">
            Upload a file
          </label>
          <input
            ref={input}
            id="artifact-file"
            type="file"
            className="mt-1 block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium"
          />
        </div>
        {state.phase === "uploading" ? (
          <Button variant="secondary" onClick={() => request.current?.abort()}>
            Cancel
          </Button>
        ) : (
          <Button onClick={upload} disabled={state.phase === "processing"}>
            Upload
          </Button>
        )}
      </div>
      <p className="text-xs text-slate-600">
        Safetensors headers are read on upload (tensor count, dtypes, parameters). Limit{" "}
        {formatBytes(maxBytes)}.
      </p>
      {showBar && <ProgressBar percent={percent} />}
      {/* Always mounted: screen readers announce changes of a live region, not its arrival. */}
      <p
        className={`text-sm ${state.phase === "done" ? "text-emerald-800" : "text-slate-700"}`}
        aria-live="polite"
      >
        {statusText(state)}
      </p>
      {state.phase === "error" && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
    </div>
  );
}
