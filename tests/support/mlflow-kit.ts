/**
 * What the MLflow API tests share: the people (made once per test file, in its own database), a client
 * per token, and MLflow's error shape.
 */
import { beforeAll, expect } from "vitest";
import { createTeam, createUserWithToken, unique } from "./factories";
import { callMlflow } from "./mlflow-client";

type Person = Awaited<ReturnType<typeof createUserWithToken>>;
export type MlflowPeople = {
  team: Awaited<ReturnType<typeof createTeam>>;
  /** a data scientist of `team` */
  scientist: Person;
  /** a data scientist of another team */
  outsider: Person;
  leader: Person;
  /** a data scientist of `team` with a read-only token */
  readOnly: Person;
};

/** The people of a test file, filled in by its beforeAll. */
function mlflowPeople(): MlflowPeople {
  const people = {} as MlflowPeople;
  beforeAll(async () => {
    people.team = await createTeam();
    const other = await createTeam();
    people.scientist = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [people.team.id] });
    people.outsider = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [other.id] });
    people.leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    people.readOnly = await createUserWithToken({
      roles: ["DATA_SCIENTIST"],
      teamIds: [people.team.id],
      scopes: ["read"],
    });
  });
  return people;
}

/** MLflow's client as one token: GET with query parameters, the rest with JSON bodies. */
export const as = (token: string) => ({
  get: (path: string, query: Record<string, string | string[]> = {}) =>
    callMlflow("GET", path, { token, query }),
  post: (path: string, body: unknown) => callMlflow("POST", path, { token, body }),
  patch: (path: string, body: unknown) => callMlflow("PATCH", path, { token, body }),
  del: (path: string, body: unknown) => callMlflow("DELETE", path, { token, body }),
});

/** A registered model made through the API by `client`; its name. */
async function registeredBy(
  client: ReturnType<typeof as>,
  name = unique("MLflow Model"),
  tags: { key: string; value: string }[] = [],
) {
  const res = await client.post("registered-models/create", { name, tags });
  expect(res.status).toBe(200);
  return name;
}

/** The next version of the named model, made through the API by `client`. */
async function versionBy(client: ReturnType<typeof as>, name: string, extra: Record<string, unknown> = {}) {
  const res = await client.post("model-versions/create", { name, source: "s3://bucket/models/m", ...extra });
  expect(res.status).toBe(200);
  return res.body.model_version as { version: string };
}

/**
 * A test file's people, and MLflow's client as its data scientist: `registered()` and `versionOf()`
 * make a model and its next version through the API.
 */
export function mlflowKit() {
  const people = mlflowPeople();
  const me = () => as(people.scientist.token);
  return {
    people,
    me,
    registered: (name?: string, tags?: { key: string; value: string }[]) => registeredBy(me(), name, tags),
    versionOf: (name: string, extra?: Record<string, unknown>) => versionBy(me(), name, extra),
  };
}

export const expectError = (
  res: { status: number; body: unknown },
  status: number,
  code: string,
  message?: RegExp,
) => {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ error_code: code });
  if (message) expect((res.body as { message: string }).message).toMatch(message);
};
