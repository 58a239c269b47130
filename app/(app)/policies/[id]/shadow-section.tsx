import { PeriodPicker } from "@/components/policies/period-picker";
import { ShadowReportView } from "@/components/policies/shadow-report-view";
import type { PolicyMode } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getShadowReport } from "@/lib/server/policies/get-shadow-report";

type Props = {
  principal: Principal;
  policy: { id: string; mode: PolicyMode };
  period: { from?: string; to?: string };
  editHref?: string;
};

const asDate = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;

/** The report for the period in the address; a period the service refuses shows its messages in the picker. */
export async function ShadowSection({ principal, policy, period, editHref }: Props) {
  const action = `/policies/${policy.id}`;
  const result = await getShadowReport(principal, policy.id, period).then(
    (report) => ({ report, refused: null }),
    (error: unknown) => {
      if (error instanceof AppError && error.code === "validation_failed")
        return { report: null, refused: error.fields ?? {} };
      throw error;
    },
  );
  if (!result.report)
    return (
      <div className="space-y-3">
        <PeriodPicker
          action={action}
          from={asDate(period.from)}
          to={asDate(period.to)}
          errors={result.refused ?? {}}
        />
        <p role="alert" className="text-sm text-red-800">
          That period cannot be reported on: correct the dates above.
        </p>
      </div>
    );
  return (
    <div className="space-y-6">
      <PeriodPicker
        action={action}
        from={asDate(period.from) ?? result.report.from.toISOString().slice(0, 10)}
        to={asDate(period.to)}
        errors={{}}
      />
      <ShadowReportView report={result.report} mode={policy.mode} editHref={editHref} />
    </div>
  );
}
