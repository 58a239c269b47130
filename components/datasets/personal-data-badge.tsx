import { Badge } from "@/components/ui/badge";

export function PersonalDataBadge({ containsPersonalData }: { containsPersonalData: boolean }) {
  return containsPersonalData ? (
    <Badge tone="amber">Personal data</Badge>
  ) : (
    <Badge tone="slate">No personal data</Badge>
  );
}
