import type { AuditEventDto } from "@/lib/schemas/audit";

/** A person by name; events the application wrote itself carry no user id and the e-mail `system`. */
export const actorLabel = (actor: AuditEventDto["actor"]) =>
  actor.id === null && (actor.email === "system" || actor.email === null)
    ? "System"
    : (actor.name ?? actor.email ?? actor.id ?? "Unknown");

/** `model_version` -> "Model version". */
export const entityTypeLabel = (type: string) => {
  const words = type.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** `model_version.promoted` -> "Promoted" (the entity is already on screen in a change log). */
export function actionVerb(action: string): string {
  const verb = action.slice(action.lastIndexOf(".") + 1).replace(/_/g, " ");
  return verb.charAt(0).toUpperCase() + verb.slice(1);
}

/** "2026-01-31 10:00:00 UTC": exact, and the same for every reader whatever their time zone. */
export const utcTimestamp = (iso: string) => `${iso.replace("T", " ").slice(0, 19)} UTC`;

export const eventHref = (id: string) => `/audit/events/${encodeURIComponent(id)}`;
