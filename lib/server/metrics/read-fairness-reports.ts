import "server-only";
import { z } from "zod";
import { fairnessGroupSchema, type FairnessReportView } from "@/lib/schemas/version-metrics";
import type { Db } from "@/lib/server/db";

type ReportRow = Omit<FairnessReportView, "groups" | "recordedAt" | "warnings"> & {
  groups: unknown;
  warnings: unknown;
  recordedAt: Date;
};

// Reports store more per group (positives, predicted positives); the view keeps the rates.
const groupsSchema = z.array(fairnessGroupSchema);
const warningsSchema = z.array(z.string());

/** The latest fairness report of each protected attribute of the version, attributes in name order. */
export async function readFairnessReports(client: Db, versionId: string): Promise<FairnessReportView[]> {
  const rows = await client.$queryRaw<ReportRow[]>`
    SELECT DISTINCT ON (attribute) attribute, id AS "reportId", "createdAt" AS "recordedAt", "rowCount",
           groups, "demographicParityDifference", "disparateImpactRatio", "equalizedOddsDifference", warnings
    FROM "FairnessReport"
    WHERE "versionId" = ${versionId}
    ORDER BY attribute, "createdAt" DESC, id DESC`;
  return rows.map((row) => {
    const groups = groupsSchema.safeParse(row.groups);
    // Reports are written by the server from validated rows: groups that do not parse are a bug to surface.
    if (!groups.success)
      throw new Error(
        `Fairness report ${row.reportId} has groups that do not parse: ${groups.error.message}`,
      );
    return {
      ...row,
      recordedAt: row.recordedAt.toISOString(),
      groups: groups.data,
      warnings: warningsSchema.parse(row.warnings),
    };
  });
}
