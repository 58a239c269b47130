import { ChartEmpty } from "@/components/dashboards/chart-frame";

/** A chart with nothing to draw yet: what would fill it, and the two ways to send it. */
export function MetricsEmpty({
  title,
  versionId,
  endpoint,
  what,
}: {
  title: string;
  versionId: string;
  endpoint: "evaluations" | "fairness" | "drift";
  what: string;
}) {
  return (
    <ChartEmpty title={title}>
      {what} Upload a file with the form on this tab, or send it to{" "}
      <code className="rounded bg-slate-100 px-1 text-xs text-slate-800">
        POST /api/v1/versions/{versionId}/{endpoint}
      </code>{" "}
      with an API token.
    </ChartEmpty>
  );
}
