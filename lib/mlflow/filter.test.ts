import { describe, expect, it } from "vitest";
import { FilterError, parseFilter } from "./filter";

const fails = (text: string, entity: "registered_model" | "model_version" = "model_version") => {
  try {
    parseFilter(text, entity);
  } catch (error) {
    if (error instanceof FilterError) return { reason: error.reason, position: error.position };
    throw error;
  }
  throw new Error(`"${text}" parsed`);
};

describe("parseFilter", () => {
  it("reads nothing from an empty or blank filter", () => {
    expect(parseFilter(undefined, "registered_model")).toEqual([]);
    expect(parseFilter("   ", "model_version")).toEqual([]);
  });

  it("reads name comparisons with either quote and any case of keyword", () => {
    expect(parseFilter("name = 'a b'", "registered_model")).toEqual([
      { kind: "name", op: "=", value: "a b" },
    ]);
    expect(parseFilter(`name like "sent%"`, "registered_model")).toEqual([
      { kind: "name", op: "LIKE", value: "sent%" },
    ]);
    expect(parseFilter("attributes.name ILIKE '%_x'", "registered_model")).toEqual([
      { kind: "name", op: "ILIKE", value: "%_x" },
    ]);
    expect(parseFilter("name <> 'x'", "registered_model")).toEqual([{ kind: "name", op: "!=", value: "x" }]);
  });

  it("reads tag keys plain, dotted, backquoted and double-quoted", () => {
    expect(parseFilter("tags.team = 'nlp'", "registered_model")).toEqual([
      { kind: "tag", key: "team", op: "=", value: "nlp" },
    ]);
    expect(parseFilter("tags.`mlflow.prompt.is_prompt` != 'true'", "registered_model")).toEqual([
      { kind: "tag", key: "mlflow.prompt.is_prompt", op: "!=", value: "true" },
    ]);
    expect(parseFilter("tags.\"key with spaces\" LIKE 'a%'", "model_version")).toEqual([
      { kind: "tag", key: "key with spaces", op: "LIKE", value: "a%" },
    ]);
    expect(parseFilter("tags.a.b = 'c'", "model_version")).toEqual([
      { kind: "tag", key: "a.b", op: "=", value: "c" },
    ]);
  });

  it("joins comparisons with AND and reads run_id lists and version numbers", () => {
    expect(
      parseFilter(
        "name = 'm' AND run_id IN ('r1', 'r2') and version_number >= 2 AND source_path LIKE 's3://%'",
        "model_version",
      ),
    ).toEqual([
      { kind: "name", op: "=", value: "m" },
      { kind: "run_id", op: "IN", values: ["r1", "r2"] },
      { kind: "version_number", op: ">=", value: 2 },
      { kind: "source_path", op: "LIKE", value: "s3://%" },
    ]);
    expect(parseFilter("run_id NOT IN ('r')", "model_version")).toEqual([
      { kind: "run_id", op: "NOT IN", values: ["r"] },
    ]);
  });

  it("keeps doubled and escaped quotes inside strings", () => {
    expect(parseFilter("name = 'it''s'", "registered_model")[0]).toMatchObject({ value: "it's" });
    // Backslashes stay, as MLflow keeps them: LIKE reads `\\_` as a literal underscore.
    expect(parseFilter("name = 'it\\'s'", "registered_model")[0]).toMatchObject({ value: "it\\'s" });
    expect(parseFilter("name LIKE 'a\\_b%'", "registered_model")[0]).toMatchObject({ value: "a\\_b%" });
  });

  it("names the position of what does not parse", () => {
    expect(fails("name = 'x' OR name = 'y'")).toEqual({
      reason: "expected AND or the end of the filter, found 'OR'",
      position: 12,
    });
    expect(fails("name = 'x")).toMatchObject({ reason: "unterminated string", position: 8 });
    expect(fails("name =")).toMatchObject({ position: 7 });
    expect(fails("name = x")).toMatchObject({ reason: "expected a quoted string, found 'x'", position: 8 });
    expect(fails("name ~ 'x'")).toMatchObject({ reason: "unexpected character '~'", position: 6 });
  });

  it("refuses what the entity does not search", () => {
    expect(fails("run_id = 'r'", "registered_model")).toMatchObject({ position: 1 });
    expect(fails("name IN ('a')")).toMatchObject({ reason: "IN is only supported for run_id", position: 6 });
    expect(fails("version_number LIKE '1'")).toMatchObject({ position: 16 });
    expect(fails("version_number = 'x'")).toMatchObject({ position: 18 });
    expect(fails("version_number = 1e300")).toMatchObject({ position: 18 });
    expect(fails("run_id LIKE 'x'")).toMatchObject({ position: 8 });
  });
});
