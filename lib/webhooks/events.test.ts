import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENTS, webhookEventOf } from "./events";

describe("webhook events from audit actions", () => {
  it("maps the actions that fire an event, and no others", () => {
    expect(webhookEventOf("promotion.approved")).toBe("promotion.decided");
    expect(webhookEventOf("promotion.rejected")).toBe("promotion.decided");
    expect(webhookEventOf("model_version.stage_overridden")).toBe("version.stage_changed");
    expect(webhookEventOf("erasure_request.opened")).toBe("erasure.opened");
    expect(webhookEventOf("promotion.decision_recorded")).toBeNull();
    expect(webhookEventOf("model.created")).toBeNull();
  });

  it("lists every event an action can fire", () => {
    for (const action of ["promotion.requested", "alert.raised", "alert.resolved", "promotion.withdrawn"])
      expect(WEBHOOK_EVENTS).toContain(webhookEventOf(action));
  });
});
