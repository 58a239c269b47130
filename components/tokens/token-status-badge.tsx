import { Badge } from "@/components/ui/badge";

const TONES = { active: "green", expired: "amber", revoked: "slate" } as const;
const LABELS = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;

export type TokenStatus = keyof typeof TONES;

export const TokenStatusBadge = ({ status }: { status: TokenStatus }) => (
  <Badge tone={TONES[status]}>{LABELS[status]}</Badge>
);
