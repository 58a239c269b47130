/**
 * Route folders read as Next's App Router reads them, so that scripts/lib/api-server.ts answers an API
 * path with the same handler and the same params Next would: `[id]` is one segment, `[...path]` the rest
 * (one or more), `[[...path]]` the rest or nothing, `(group)` folders take no part in the URL. Where
 * several routes match, the most specific wins, segment by segment: a fixed name before `[id]` before
 * a catch-all. Pure: no file system, no Next.
 */
export type RouteSegment =
  | { kind: "static"; value: string }
  | { kind: "param"; name: string }
  | { kind: "rest"; name: string; optional: boolean };

export type RouteParams = Record<string, string | string[]>;

/** `api/v1/models/[slug]/versions` as segments. */
export function parseRoutePath(folder: string): RouteSegment[] {
  return folder
    .split("/")
    .filter((part) => part !== "" && !/^\(.*\)$/.test(part))
    .map((part): RouteSegment => {
      const optionalRest = /^\[\[\.\.\.(\w+)\]\]$/.exec(part);
      if (optionalRest) return { kind: "rest", name: optionalRest[1]!, optional: true };
      const rest = /^\[\.\.\.(\w+)\]$/.exec(part);
      if (rest) return { kind: "rest", name: rest[1]!, optional: false };
      const param = /^\[(\w+)\]$/.exec(part);
      if (param) return { kind: "param", name: param[1]! };
      return { kind: "static", value: part };
    });
}

/** The params a path (already split and decoded) gives the route, or null when it does not match. */
export function matchSegments(route: readonly RouteSegment[], path: readonly string[]): RouteParams | null {
  const params: RouteParams = {};
  for (let i = 0; i < route.length; i++) {
    const segment = route[i]!;
    if (segment.kind === "rest") {
      const rest = path.slice(i);
      if (rest.length === 0 && !segment.optional) return null;
      if (rest.length > 0) params[segment.name] = rest;
      return params;
    }
    const part = path[i];
    if (part === undefined) return null;
    if (segment.kind === "static" && segment.value !== part) return null;
    if (segment.kind === "param") params[segment.name] = part;
  }
  return route.length === path.length ? params : null;
}

const RANK = { static: 0, param: 1, rest: 2 } as const;

/** Sorts the most specific route first (negative when `a` is more specific than `b`). */
export function compareSpecificity(a: readonly RouteSegment[], b: readonly RouteSegment[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const left = a[i];
    const right = b[i];
    if (!left || !right) return left ? -1 : 1;
    const byKind = RANK[left.kind] - RANK[right.kind];
    if (byKind !== 0) return byKind;
    if (left.kind === "rest" && right.kind === "rest" && left.optional !== right.optional)
      return left.optional ? 1 : -1;
  }
  return 0;
}

/**
 * The path's segments decoded as Next decodes params, or null when the path cannot be a route here: a
 * malformed escape, or a trailing slash (Next redirects those; the caller hands them on to Next).
 */
export function splitPath(pathname: string): string[] | null {
  if (pathname.length > 1 && pathname.endsWith("/")) return null;
  try {
    return pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

export function createRouteMatcher<R>(routes: readonly { segments: RouteSegment[]; route: R }[]) {
  const ordered = [...routes].sort((a, b) => compareSpecificity(a.segments, b.segments));
  return (pathname: string): { route: R; params: RouteParams } | null => {
    const path = splitPath(pathname);
    if (!path) return null;
    for (const candidate of ordered) {
      const params = matchSegments(candidate.segments, path);
      if (params) return { route: candidate.route, params };
    }
    return null;
  };
}
