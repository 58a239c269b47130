import type { Metadata } from "next";
import Link from "next/link";
import { CreateModelForm } from "@/components/models/create-model-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listSelectableTeams } from "@/lib/server/models/resolve-owning-team";
import { createModelAction } from "./actions";

export const metadata: Metadata = { title: "New model" };

export default async function NewModelPage() {
  const principal = await requirePageUser("models.write");
  const teams = await listSelectableTeams(principal);
  return (
    <div className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/models" className="text-indigo-700 hover:underline">
          Models
        </Link>
      </nav>
      <PageHeader
        title="New model"
        description="A model is a line of work. After creating it, register its versions with their lineage, datasets, training facts and model card."
      />
      {teams.length === 0 ? (
        <EmptyState title="You belong to no team yet">
          Every model is owned by a team. Ask an admin to add you to one, then come back.
        </EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <CreateModelForm teams={teams} action={createModelAction} />
        </div>
      )}
    </div>
  );
}
