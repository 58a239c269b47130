import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AffectedVersionsTable } from "@/components/erasure/affected-versions-table";
import { ErasureStatusBadge } from "@/components/erasure/erasure-status-badge";
import { formatUtc } from "@/components/versions/format-utc";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getErasureRequestOrThrow } from "@/lib/server/erasure/get-erasure-request";
import { setDispositionAction } from "../actions";

export const metadata: Metadata = { title: "Erasure request" };

type Props = { params: Promise<{ id: string }> };

export default async function ErasureRequestPage({ params }: Props) {
  const principal = await requirePageUser("erasure.manage");
  const { id } = await params;
  const request = await getErasureRequestOrThrow(principal, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const open = request.status === "OPEN" || request.status === "IN_PROGRESS";
  const decided = request.affected.filter((item) => item.disposition).length;
  const { dataset } = request.datasetVersion;
  return (
    <div className="space-y-4">
      <PageHeader
        title={`Erasure request: ${request.subjectReference}`}
        description={
          <>
            Data in{" "}
            <Link href={`/datasets/${dataset.id}`} className="text-indigo-700 underline">
              {dataset.slug}@{request.datasetVersion.version}
            </Link>
            , opened {formatUtc(request.createdAt)} by {request.requestedBy.name}, due{" "}
            {formatUtc(request.dueAt)}. {request.reason}
          </>
        }
        actions={<ErasureStatusBadge status={request.status} overdue={request.overdue} />}
      />
      <p className="text-sm text-slate-700" data-testid="erasure-progress">
        {decided} of {request.affected.length} affected versions decided
        {request.closedAt ? `; closed ${formatUtc(request.closedAt)}.` : "."}
      </p>
      <AffectedVersionsTable
        rows={request.affected}
        decide={open ? setDispositionAction.bind(null, request.id) : null}
      />
    </div>
  );
}
