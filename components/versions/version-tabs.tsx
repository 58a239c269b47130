import Link from "next/link";

export const VERSION_TABS = [
  { key: "overview", label: "Overview" },
  { key: "artifacts", label: "Artifacts" },
  { key: "datasets", label: "Datasets" },
  { key: "training", label: "Training" },
  { key: "model-card", label: "Model card" },
  { key: "metrics", label: "Metrics" },
  { key: "lineage", label: "Lineage" },
  { key: "promotions", label: "Promotions" },
  { key: "changes", label: "Change log" },
] as const;
export type VersionTab = (typeof VERSION_TABS)[number]["key"];

/** `?tab=` as given, or the overview for a missing or unknown value (an old link should still open the page). */
export function versionTabOf(value: string | string[] | undefined): VersionTab {
  return VERSION_TABS.find((tab) => tab.key === value)?.key ?? "overview";
}

/**
 * The page's sections as links (`?tab=`), so each one has an address to share; the current one is
 * marked for screen readers with aria-current.
 */
export function VersionTabs({ versionId, current }: { versionId: string; current: VersionTab }) {
  return (
    <nav aria-label="Version sections" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-5 text-sm">
        {VERSION_TABS.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={
                  tab.key === "overview" ? `/versions/${versionId}` : `/versions/${versionId}?tab=${tab.key}`
                }
                aria-current={active ? "page" : undefined}
                scroll={false}
                className={`inline-block border-b-2 px-1 pb-2 font-medium ${active ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-800"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
