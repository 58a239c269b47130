import { Suspense } from "react";
import { HomeSections, HomeSkeleton } from "@/components/home/home-sections";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getHomeSummary } from "@/lib/server/home/get-home-summary";

export default async function HomePage() {
  const principal = await requirePageUser();
  return (
    <div>
      <PageHeader
        title={`Welcome, ${principal.name}`}
        description="What needs you today, and how the registry stands."
      />
      <Suspense fallback={<HomeSkeleton />}>
        <HomeSections summary={getHomeSummary(principal)} />
      </Suspense>
    </div>
  );
}
