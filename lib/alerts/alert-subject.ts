/**
 * What an alert is about, beyond its version: the record its check watches (`rule` names the check,
 * `feature` the record's id), as a place in the app to go and act on it.
 */
export type AlertSubject = { label: string; href: string };

const RECORD_CHECKS: Record<string, (id: string) => AlertSubject> = {
  "promotion.pending": (id) => ({ label: "The promotion request", href: `/approvals/${id}` }),
  "erasure.overdue": (id) => ({ label: "The erasure request", href: `/erasure-requests/${id}` }),
  "webhook.failing": (id) => ({ label: "The webhook", href: `/admin/webhooks/${id}` }),
};

export function alertSubject(alert: { rule: string; feature: string }): AlertSubject | null {
  const check = RECORD_CHECKS[alert.rule];
  return check && alert.feature ? check(alert.feature) : null;
}
