import { Card } from "@/components/ui/card";

export function DashboardCard({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <Card title={title} className="h-full">
      <p className="-mt-1 mb-3 text-xs text-slate-600">{description}</p>
      {children}
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
