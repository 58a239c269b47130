import "server-only";
import type { Prisma } from "@/generated/prisma/client";

const person = { select: { id: true, name: true } } as const;

export const erasureSummarySelect = {
  id: true,
  status: true,
  subjectReference: true,
  reason: true,
  dueAt: true,
  createdAt: true,
  closedAt: true,
  requestedBy: person,
  datasetVersion: {
    select: { id: true, version: true, dataset: { select: { id: true, slug: true, name: true } } },
  },
} satisfies Prisma.ErasureRequestSelect;

export const erasureRequestSelect = {
  ...erasureSummarySelect,
  affected: {
    // direct users first, then by model and version: the order of the dataset impact query
    orderBy: [{ via: "asc" }, { version: { model: { slug: "asc" } } }, { version: { version: "asc" } }],
    select: {
      versionId: true,
      via: true,
      disposition: true,
      reason: true,
      decidedAt: true,
      promotionRequestId: true,
      decidedBy: person,
      version: {
        select: {
          version: true,
          stage: true,
          model: {
            select: {
              id: true,
              slug: true,
              name: true,
              team: { select: { id: true, name: true } },
              createdBy: person,
            },
          },
        },
      },
    },
  },
} satisfies Prisma.ErasureRequestSelect;

type SummaryRow = Prisma.ErasureRequestGetPayload<{ select: typeof erasureSummarySelect }>;
type RequestRow = Prisma.ErasureRequestGetPayload<{ select: typeof erasureRequestSelect }>;

const OPEN_STATUSES = new Set(["OPEN", "IN_PROGRESS"]);

function toSummaryBase(row: SummaryRow, now: Date) {
  if (!row.datasetVersion) throw new Error(`erasure request ${row.id} has no dataset version`);
  return {
    ...row,
    datasetVersion: row.datasetVersion,
    overdue: OPEN_STATUSES.has(row.status) && row.dueAt < now,
  };
}

export function toErasureSummary(
  row: SummaryRow & { _count: { affected: number } },
  undecidedCount: number,
  now: Date,
) {
  const { _count, ...rest } = row;
  return { ...toSummaryBase(rest, now), affectedCount: _count.affected, undecidedCount };
}

/** The API's and the pages' shape of one request (dates are Date here, ISO strings once serialised). */
export function toErasureRequestView(row: RequestRow, now: Date) {
  const { affected, ...summary } = row;
  return {
    ...toSummaryBase(summary, now),
    affected: affected.map((item) => ({
      versionId: item.versionId,
      model: { id: item.version.model.id, slug: item.version.model.slug, name: item.version.model.name },
      version: item.version.version,
      stage: item.version.stage,
      via: item.via === "DIRECT" ? ("direct" as const) : ("descendant" as const),
      team: item.version.model.team,
      owner: item.version.model.createdBy,
      disposition: item.disposition,
      reason: item.reason,
      decidedBy: item.decidedBy,
      decidedAt: item.decidedAt,
      promotionRequestId: item.promotionRequestId,
    })),
  };
}
export type ErasureRequestView = ReturnType<typeof toErasureRequestView>;
