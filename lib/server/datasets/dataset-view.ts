import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export const datasetSelect = {
  id: true,
  slug: true,
  name: true,
  source: true,
  license: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  team: { select: { id: true, slug: true, name: true } },
  createdBy: { select: { id: true, name: true, email: true } },
} satisfies Prisma.DatasetSelect;

export type DatasetView = Prisma.DatasetGetPayload<{ select: typeof datasetSelect }>;

export const datasetVersionSelect = {
  id: true,
  datasetId: true,
  version: true,
  label: true,
  checksum: true,
  rowCount: true,
  containsPersonalData: true,
  personalDataCategories: true,
  legalBasis: true,
  retentionDays: true,
  region: true,
  createdById: true,
  createdAt: true,
} satisfies Prisma.DatasetVersionSelect;

type DatasetVersionRow = Prisma.DatasetVersionGetPayload<{ select: typeof datasetVersionSelect }>;

/** The API calls the row count `rows`; a number, since no dataset nears 2^53 rows. */
export function toDatasetVersionView({ rowCount, ...rest }: DatasetVersionRow) {
  return { ...rest, rows: rowCount === null ? null : Number(rowCount) };
}

export type DatasetVersionView = ReturnType<typeof toDatasetVersionView>;
