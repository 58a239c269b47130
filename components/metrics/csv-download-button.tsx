"use client";

import { buttonClass } from "@/components/ui/button";
import { csvText } from "@/lib/csv/csv-line";

type Cell = string | number | null;

/** Saves what a chart draws as a CSV file, built in the browser from the same rows. */
export function CsvDownloadButton({
  fileName,
  header,
  rows,
  label,
}: {
  fileName: string;
  header: string[];
  rows: Cell[][];
  /** the accessible name: which chart's data */
  label: string;
}) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([csvText(header, rows)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.click();
    // The click has started the download; the object URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button
      type="button"
      onClick={download}
      aria-label={label}
      className={buttonClass("secondary", "text-xs")}
    >
      Download CSV
    </button>
  );
}
