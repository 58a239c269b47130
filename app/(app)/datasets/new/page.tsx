import type { Metadata } from "next";
import { DatasetCreateForm } from "@/components/datasets/dataset-create-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs } from "@/components/versions/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listSelectableTeams } from "@/lib/server/models/resolve-owning-team";
import { createDatasetAction } from "../actions";

export const metadata: Metadata = { title: "Register a dataset" };

export default async function NewDatasetPage() {
  const principal = await requirePageUser("datasets.write");
  const teams = await listSelectableTeams(principal);
  return (
    <>
      <Breadcrumbs items={[{ label: "Datasets", href: "/datasets" }, { label: "Register a dataset" }]} />
      <PageHeader
        title="Register a dataset"
        description="A dataset is a named source of data. Its governance facts (rows, personal data, legal basis, retention, region) are recorded per version, on the dataset's page."
      />
      <Card>
        <DatasetCreateForm teams={teams} createDataset={createDatasetAction} />
      </Card>
    </>
  );
}
