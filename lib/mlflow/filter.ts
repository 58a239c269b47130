/**
 * MLflow's search filter grammar for the model registry, parsed into a list of comparisons joined by AND
 * (MLflow has no OR). What each entity accepts is MLflow's own (SearchModelUtils / SearchModelVersionUtils):
 *
 *   filter     := comparison ( AND comparison )*
 *   comparison := identifier op value | identifier [NOT] IN ( string, ... )
 *   identifier := [attributes.]name | tags.<key> | tags.`<key>` | tags."<key>"
 *   value      := 'text' | "text" | number
 *
 * A problem is a FilterError naming its position (1-based character), which the API answers as
 * INVALID_PARAMETER_VALUE. The server turns the comparisons into SQL parameters, never into SQL text.
 */

export type FilterEntity = "registered_model" | "model_version";
export type StringOp = "=" | "!=" | "LIKE" | "ILIKE";
export type NumberOp = "=" | "!=" | "<" | "<=" | ">" | ">=";

export type Comparison =
  | { kind: "tag"; key: string; op: StringOp; value: string }
  | { kind: "name" | "source_path"; op: StringOp; value: string }
  | { kind: "run_id"; op: "=" | "!="; value: string }
  | { kind: "run_id"; op: "IN" | "NOT IN"; values: string[] }
  | { kind: "version_number"; op: NumberOp; value: number };

export class FilterError extends Error {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(`Invalid filter: ${reason} at character ${position}`);
    this.name = "FilterError";
  }
}

type Token =
  | { type: "identifier"; parts: string[]; pos: number }
  | { type: "string"; value: string; pos: number }
  | { type: "number"; value: number; pos: number }
  | { type: "op"; value: string; pos: number }
  | { type: "punct"; value: "(" | ")" | ","; pos: number }
  | { type: "end"; pos: number };

const WORD = /[A-Za-z0-9_\-]/;
/** The tag MLflow 3 marks a prompt with (in its registry, prompts are registered models). */
export const PROMPT_MARKER = "mlflow.prompt.is_prompt";

const OPERATORS = ["!=", "<>", "<=", ">=", "=", "<", ">"];
const KEYWORDS = new Set(["AND", "LIKE", "ILIKE", "IN", "NOT"]);

function quoted(text: string, start: number, quote: string): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const char = text[i]!;
    if (char === quote) {
      // MLflow (via sqlparse) reads a doubled quote as one quote character.
      if (text[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    // A backslash escapes the next character from ending the string, and stays in the value, as
    // MLflow strips only the outer quotes: `LIKE 'a\_b%'` keeps `\_`, a literal underscore to LIKE.
    if (char === "\\" && i + 1 < text.length) {
      value += char + text[i + 1];
      i += 2;
      continue;
    }
    value += char;
    i++;
  }
  throw new FilterError(`unterminated ${quote === "`" ? "backquoted name" : "string"}`, start + 1);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const pos = i + 1;
    if (char === "'" || char === '"') {
      const { value, end } = quoted(text, i, char);
      tokens.push({ type: "string", value, pos });
      i = end;
      continue;
    }
    if (char === "(" || char === ")" || char === ",") {
      tokens.push({ type: "punct", value: char, pos });
      i++;
      continue;
    }
    const op = OPERATORS.find((candidate) => text.startsWith(candidate, i));
    if (op) {
      tokens.push({ type: "op", value: op === "<>" ? "!=" : op, pos });
      i += op.length;
      continue;
    }
    if (/[0-9]/.test(char) || (char === "-" && /[0-9]/.test(text[i + 1] ?? ""))) {
      const match = /^-?[0-9]+(\.[0-9]+)?/.exec(text.slice(i))![0];
      if (!WORD.test(text[i + match.length] ?? "") || match.includes(".")) {
        tokens.push({ type: "number", value: Number(match), pos });
        i += match.length;
        continue;
      }
    }
    if (char === "`" || WORD.test(char)) {
      // An identifier: dotted parts, each a word or a backquoted name (a tag key may hold anything).
      const parts: string[] = [];
      for (;;) {
        if (text[i] === "`") {
          const { value, end } = quoted(text, i, "`");
          parts.push(value);
          i = end;
        } else if (text[i] === '"' && parts.length > 0) {
          const { value, end } = quoted(text, i, '"');
          parts.push(value);
          i = end;
        } else {
          let word = "";
          while (i < text.length && WORD.test(text[i]!)) word += text[i++];
          if (!word) throw new FilterError("expected a name after '.'", i + 1);
          parts.push(word);
        }
        if (text[i] !== ".") break;
        i++;
      }
      if (parts.length === 1 && KEYWORDS.has(parts[0]!.toUpperCase())) {
        tokens.push({ type: "op", value: parts[0]!.toUpperCase(), pos });
      } else {
        tokens.push({ type: "identifier", parts, pos });
      }
      continue;
    }
    throw new FilterError(`unexpected character '${char}'`, pos);
  }
  tokens.push({ type: "end", pos: text.length + 1 });
  return tokens;
}

const ATTRIBUTE_PREFIXES = new Set(["attribute", "attributes", "attr"]);
const TAG_PREFIXES = new Set(["tag", "tags"]);
const ATTRIBUTES: Record<FilterEntity, readonly string[]> = {
  registered_model: ["name"],
  model_version: ["name", "run_id", "source_path", "version_number"],
};
const STRING_OPS = new Set(["=", "!=", "LIKE", "ILIKE"]);
const NUMBER_OPS = new Set(["=", "!=", "<", "<=", ">", ">="]);

type Target = { kind: "tag"; key: string } | { kind: Exclude<Comparison["kind"], "tag"> };

function targetOf(token: Token, entity: FilterEntity): Target {
  if (token.type !== "identifier")
    throw new FilterError(`expected an attribute or tags.<key>, found ${describe(token)}`, token.pos);
  const [first, ...rest] = token.parts;
  const prefix = first!.toLowerCase();
  if (TAG_PREFIXES.has(prefix) && rest.length > 0) return { kind: "tag", key: rest.join(".") };
  const name = (ATTRIBUTE_PREFIXES.has(prefix) && rest.length > 0 ? rest.join(".") : token.parts.join("."))
    .toLowerCase()
    .replace(/^version$/, "version_number");
  if (!ATTRIBUTES[entity].includes(name))
    throw new FilterError(
      `'${token.parts.join(".")}' is not searchable here (use ${ATTRIBUTES[entity].join(", ")} or tags.<key>)`,
      token.pos,
    );
  return { kind: name as Exclude<Comparison["kind"], "tag"> };
}

function describe(token: Token): string {
  switch (token.type) {
    case "end":
      return "the end of the filter";
    case "identifier":
      return `'${token.parts.join(".")}'`;
    case "string":
      return `'${token.value}'`;
    default:
      return `'${token.value}'`;
  }
}

/** Parses a filter for one entity; an empty or blank filter is no comparison at all. */
export function parseFilter(text: string | undefined, entity: FilterEntity): Comparison[] {
  if (!text || !text.trim()) return [];
  const tokens = tokenize(text);
  let at = 0;
  const next = () => tokens[at++]!;
  const comparisons: Comparison[] = [];

  for (;;) {
    const subject = next();
    const target = targetOf(subject, entity);
    let opToken = next();
    if (opToken.type !== "op" || opToken.value === "AND")
      throw new FilterError(`expected a comparison operator, found ${describe(opToken)}`, opToken.pos);
    let op = opToken.value;
    if (op === "NOT") {
      const inToken = next();
      if (inToken.type !== "op" || inToken.value !== "IN")
        throw new FilterError(`expected IN after NOT, found ${describe(inToken)}`, inToken.pos);
      op = "NOT IN";
      opToken = inToken;
    }
    comparisons.push(comparison(target, op, opToken.pos));

    const after = next();
    if (after.type === "end") return comparisons;
    if (after.type !== "op" || after.value !== "AND")
      throw new FilterError(`expected AND or the end of the filter, found ${describe(after)}`, after.pos);
  }

  function comparison(target: Target, op: string, opPos: number): Comparison {
    if (op === "IN" || op === "NOT IN") {
      if (target.kind !== "run_id") throw new FilterError(`${op} is only supported for run_id`, opPos);
      return { kind: "run_id", op, values: list() };
    }
    const value = next();
    if (target.kind === "version_number") {
      if (!NUMBER_OPS.has(op)) throw new FilterError(`'${op}' does not compare version_number`, opPos);
      const number =
        value.type === "number" ? value.value : value.type === "string" ? Number(value.value) : NaN;
      if (!Number.isSafeInteger(number))
        throw new FilterError(`expected a whole version number, found ${describe(value)}`, value.pos);
      return { kind: "version_number", op: op as NumberOp, value: number };
    }
    if (!STRING_OPS.has(op))
      throw new FilterError(
        `'${op}' does not compare ${target.kind === "tag" ? "tags" : target.kind}`,
        opPos,
      );
    if (value.type !== "string")
      throw new FilterError(`expected a quoted string, found ${describe(value)}`, value.pos);
    if (target.kind === "run_id") {
      if (op !== "=" && op !== "!=") throw new FilterError(`'${op}' does not compare run_id`, opPos);
      return { kind: "run_id", op, value: value.value };
    }
    if (target.kind === "tag")
      return { kind: "tag", key: target.key, op: op as StringOp, value: value.value };
    return { kind: target.kind, op: op as StringOp, value: value.value };
  }

  function list(): string[] {
    const open = next();
    if (open.type !== "punct" || open.value !== "(")
      throw new FilterError(`expected '(' after IN, found ${describe(open)}`, open.pos);
    const values: string[] = [];
    for (;;) {
      const item = next();
      if (item.type !== "string")
        throw new FilterError(`expected a quoted string in the list, found ${describe(item)}`, item.pos);
      values.push(item.value);
      const separator = next();
      if (separator.type === "punct" && separator.value === ")") return values;
      if (separator.type !== "punct" || separator.value !== ",")
        throw new FilterError(`expected ',' or ')', found ${describe(separator)}`, separator.pos);
    }
  }
}
