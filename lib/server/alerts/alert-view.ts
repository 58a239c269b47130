import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export const alertViewSelect = {
  id: true,
  kind: true,
  severity: true,
  status: true,
  rule: true,
  feature: true,
  title: true,
  details: true,
  comment: true,
  createdAt: true,
  acknowledgedAt: true,
  resolvedAt: true,
  version: { select: { id: true, version: true, model: { select: { slug: true, name: true } } } },
} satisfies Prisma.AlertSelect;
export type AlertView = Prisma.AlertGetPayload<{ select: typeof alertViewSelect }>;
