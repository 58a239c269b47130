import Link from "next/link";
import { GovernanceStatCards, type GovernanceStatsView } from "@/components/dashboards/stat-cards";
import { ButtonLink } from "@/components/ui/button";
import { HomeSection, itemLink } from "./home-list";

const CHARTS = [
  { anchor: "stages", label: "Versions by stage" },
  { anchor: "promotions", label: "Promotion requests per week" },
  { anchor: "risk", label: "Risk tier by stage" },
  { anchor: "alerts", label: "Open alerts by severity" },
  { anchor: "drift", label: "Drift in production" },
];

export function OverviewSection({ stats }: { stats: GovernanceStatsView }) {
  return (
    <HomeSection
      id="home-overview"
      title="Across the registry"
      description="The governance numbers of every team; each links to the chart behind it."
      action={
        <ButtonLink href="/dashboards" variant="secondary">
          Open dashboards
        </ButtonLink>
      }
    >
      <GovernanceStatCards
        stats={stats}
        links={{
          models: "/dashboards#stages",
          production: "/dashboards#stages",
          pending: "/dashboards#promotions",
          breaches: "/dashboards#promotions",
          alerts: "/dashboards#alerts",
        }}
      />
      <nav aria-label="Dashboard charts" className="text-sm">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {CHARTS.map((chart) => (
            <li key={chart.anchor}>
              <Link href={`/dashboards#${chart.anchor}`} className={itemLink}>
                {chart.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </HomeSection>
  );
}
