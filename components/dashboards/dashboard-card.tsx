import Link from "next/link";
import { Card } from "@/components/ui/card";

export type TileLink = { href: string; label: string };

export function DashboardCard({
  title,
  description,
  links = [],
  children,
}: {
  title: string;
  description: string;
  /** the lists behind the tile's numbers, filtered as the dashboard is (not prefetched: ten tiles' lists would load on every visit) */
  links?: TileLink[];
  children: React.ReactNode;
}) {
  return (
    <Card title={title} className="h-full">
      <p className="-mt-1 mb-3 text-xs text-slate-600">{description}</p>
      {children}
      {links.length > 0 && (
        <nav aria-label={`Lists behind ${title}`} className="mt-3 border-t border-slate-100 pt-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  prefetch={false}
                  className="font-medium text-indigo-700 hover:underline"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </Card>
  );
}

/**
 * Where a card goes, with the anchor the home page's numbers link to. The anchor sits outside the
 * card's Suspense boundary so a link can scroll to it while the card is still loading.
 */
export function DashboardSlot({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <div id={id} className="scroll-mt-6">
      {children}
    </div>
  );
}
