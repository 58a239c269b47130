import { Badge } from "@/components/ui/badge";

export function PersonalDataBadge({ containsPersonalData }: { containsPersonalData: boolean }) {
  return containsPersonalData ? (
    <Badge tone="amber">Personal data</Badge>
  ) : (
    <Badge tone="slate">No personal data</Badge>
  );
}

/** A table cell's personal-data facts: the badge, and the categories under it when there are any. */
export function PersonalDataFacts({
  containsPersonalData,
  categories,
}: {
  containsPersonalData: boolean;
  categories: string[];
}) {
  return (
    <>
      <PersonalDataBadge containsPersonalData={containsPersonalData} />
      {categories.length > 0 && <div className="mt-1 text-xs text-slate-700">{categories.join(", ")}</div>}
    </>
  );
}
