"use server";

import { acknowledgeAlertFormSchema, resolveAlertFormSchema } from "@/lib/schemas/alert-actions";
import { changeAlertStatus } from "@/lib/server/alerts/change-alert-status";
import { action } from "@/lib/server/http/action";

const options = { permission: "alerts.manage" as const, revalidate: ["/alerts", "/dashboards", "/"] };

export const acknowledgeAlertAction = action(
  acknowledgeAlertFormSchema,
  options,
  async ({ id, comment }, principal) => {
    await changeAlertStatus(principal, id, "acknowledge", { comment });
  },
);

// The page asks how it was resolved (the API leaves the comment optional for scripts).
export const resolveAlertAction = action(
  resolveAlertFormSchema,
  options,
  async ({ id, comment }, principal) => {
    await changeAlertStatus(principal, id, "resolve", { comment });
  },
);
