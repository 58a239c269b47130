import { Button } from "@/components/ui/button";

const control = (invalid: boolean) =>
  `mt-1 rounded-md border bg-white px-2.5 py-1.5 text-sm focus:outline-none focus:ring-2 ${invalid ? "border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-indigo-500 focus:ring-indigo-200"}`;

/**
 * The report's period as a GET form (`?from=&to=`, bare dates are midnight UTC), so a period can be
 * bookmarked. The end is excluded, as the API counts it.
 */
export function PeriodPicker({
  action,
  from,
  to,
  errors,
}: {
  action: string;
  from?: string;
  to?: string;
  errors: Record<string, string>;
}) {
  const field = (name: "from" | "to", label: string, value?: string) => (
    <div>
      <label htmlFor={`period-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={`period-${name}`}
        type="date"
        name={name}
        defaultValue={value}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `period-${name}-error` : undefined}
        className={control(!!errors[name])}
      />
      {errors[name] && (
        <p id={`period-${name}-error`} className="mt-1 text-xs font-medium text-red-700">
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <form
      method="get"
      action={action}
      aria-label="Report period"
      className="flex flex-wrap items-start gap-3"
    >
      {field("from", "From (UTC)", from)}
      {field("to", "Until, not included (UTC)", to)}
      <Button type="submit" variant="secondary" className="mt-5">
        Show period
      </Button>
    </form>
  );
}
