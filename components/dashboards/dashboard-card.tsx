import { Card } from "@/components/ui/card";

/** A dashboard card with an anchor (the stat cards on the home page link to these). */
export function DashboardCard({ id, title, description, children }: { id: string; title: string; description: string; children: React.ReactNode }) {
  return (
    <div id={id} className="scroll-mt-6">
      <Card title={title} className="h-full">
        <p className="-mt-1 mb-3 text-xs text-slate-600">{description}</p>
        {children}
      </Card>
    </div>
  );
}
