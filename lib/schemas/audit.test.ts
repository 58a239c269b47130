import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import {
  auditFormValues,
  auditListQuerySchema,
  auditQueryOf,
  decodeAuditCursor,
  encodeAuditCursor,
  formFieldOf,
} from "./audit";

const parse = (query: Record<string, string>) => auditListQuerySchema.safeParse(query);
const errorsOf = (query: Record<string, string>) => {
  const result = parse(query);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("audit list query", () => {
  it("reads an entity type alone or type:id (ids may contain colons)", () => {
    expect(parse({ entity: "model_version" }).data?.entity).toEqual({ type: "model_version", id: undefined });
    expect(parse({ entity: "model_version:abc:1" }).data?.entity).toEqual({
      type: "model_version",
      id: "abc:1",
    });
    expect(errorsOf({ entity: "Model Version" })).toHaveProperty("entity");
    expect(errorsOf({ entity: "model:" })).toHaveProperty("entity");
  });

  it("reads an actor as an id, an e-mail (lowercased) or system", () => {
    expect(parse({ actor: "Officer@Demo.Local" }).data?.actor).toEqual({ email: "officer@demo.local" });
    expect(parse({ actor: "clx123abc" }).data?.actor).toEqual({ id: "clx123abc" });
    expect(parse({ actor: "system" }).data?.actor).toEqual({ email: "system" });
    expect(errorsOf({ actor: "a@b" })).toEqual({ actor: "Not a valid e-mail address" });
    expect(errorsOf({ actor: "no spaces please" })).toHaveProperty("actor");
  });

  it("reads an action as exact or as a prefix ending in '.' or '*'", () => {
    expect(parse({ action: "model.created" }).data?.action).toEqual({ exact: "model.created" });
    expect(parse({ action: "model_version." }).data?.action).toEqual({ prefix: "model_version." });
    expect(parse({ action: "model_version.*" }).data?.action).toEqual({ prefix: "model_version." });
    expect(parse({ action: "model*" }).data?.action).toEqual({ prefix: "model" });
    for (const bad of ["model%", "*", "model..created", "Model.created", "model.*.x"])
      expect(errorsOf({ action: bad }), bad).toHaveProperty("action");
  });

  it("reads a bare date as the whole UTC day and requires a zone on timestamps", () => {
    const day = parse({ from: "2026-01-31", to: "2026-01-31" }).data!;
    expect(day.from?.toISOString()).toBe("2026-01-31T00:00:00.000Z");
    expect(day.to?.toISOString()).toBe("2026-01-31T23:59:59.999Z");
    expect(parse({ from: "2026-01-31T12:00:00+02:00" }).data?.from?.toISOString()).toBe(
      "2026-01-31T10:00:00.000Z",
    );
    expect(errorsOf({ from: "2026-01-31T12:00:00", to: "2026-02-30" })).toEqual({
      from: expect.stringContaining("ISO 8601"),
      to: expect.stringContaining("ISO 8601"),
    });
  });

  it("refuses a range whose end is before its start", () => {
    expect(errorsOf({ from: "2026-02-01", to: "2026-01-31" })).toEqual({ to: "Must not be before from" });
    expect(parse({ from: "2026-01-31T10:00:00Z", to: "2026-01-31T10:00:00Z" }).success).toBe(true);
  });

  it("reports every bad field at once, and treats empty fields as absent", () => {
    expect(
      Object.keys(
        errorsOf({ entity: "X", actor: "a b", action: "%", from: "soon", limit: "201", cursor: "nope" }),
      ).sort(),
    ).toEqual(["action", "actor", "cursor", "entity", "from", "limit"]);
    expect(parse({ entity: "", actor: " ", action: "", from: "", to: "", cursor: "" }).data).toEqual({
      limit: 50,
    });
  });
});

describe("audit cursor", () => {
  it("round-trips a seq and refuses anything else", () => {
    expect(decodeAuditCursor(encodeAuditCursor(BigInt("9007199254740993")))).toBe(BigInt("9007199254740993"));
    expect(decodeAuditCursor("not-a-cursor!")).toBeNull();
    expect(decodeAuditCursor(btoa("seq:-1"))).toBeNull();
    expect(parse({ cursor: encodeAuditCursor(BigInt(42)) }).data?.cursor).toBe(BigInt(42));
  });
});

describe("audit page search params", () => {
  it("joins the entity fields into the API's entity filter and drops empty fields", () => {
    const form = auditFormValues({
      entityType: "model",
      entityId: "m1",
      actor: "",
      action: ["team.created", "x"],
      page: "2",
    });
    expect(form).toEqual({ entityType: "model", entityId: "m1", action: "team.created" });
    expect(auditQueryOf(form)).toEqual({
      query: { entity: "model:m1", action: "team.created" },
      fieldErrors: {},
    });
    expect(auditQueryOf({ entityType: "model" }).query).toEqual({ entity: "model" });
  });

  it("asks for a type when only an id is given, and shows entity errors on the field that caused them", () => {
    expect(auditQueryOf({ entityId: "m1" }).fieldErrors).toEqual({
      entityId: "Choose an entity type to look up an id",
    });
    expect(formFieldOf("entity", { entityType: "model", entityId: "m1" })).toBe("entityId");
    expect(formFieldOf("entity", { entityType: "Model" })).toBe("entityType");
    expect(formFieldOf("from", {})).toBe("from");
  });
});
