/**
 * Where an MLflow client downloads a version from. Bytes we hold (uploaded artifacts) are served by the
 * MLflow artifact proxy routes: as `mlflow-artifacts:/registry/<version id>`, which MLflow's client
 * resolves against its tracking URI (so the tracking URI must be this app), or, when the app's address
 * for MLflow clients is configured (`artifactsOrigin`), as the full http(s) URL of the same route, which
 * works whatever the tracking URI is. Otherwise the location the version was registered with (`source`),
 * or the folder its referenced artifacts share.
 */
export const PROXY_ROOT = "registry";

export const proxiedUri = (versionId: string, artifactsOrigin?: string | null) =>
  artifactsOrigin
    ? `${artifactsOrigin}/api/2.0/mlflow-artifacts/artifacts/${PROXY_ROOT}/${versionId}`
    : `mlflow-artifacts:/${PROXY_ROOT}/${versionId}`;

export function downloadUri(
  version: { id: string; hasUploads: boolean; source: string | null; referenceUris: readonly string[] },
  { artifactsOrigin }: { artifactsOrigin?: string | null } = {},
): string | null {
  if (version.hasUploads) return proxiedUri(version.id, artifactsOrigin);
  if (version.source) return version.source;
  const [first, ...rest] = version.referenceUris;
  if (first === undefined) return null;
  if (rest.length === 0) return first;
  return commonFolder(version.referenceUris) ?? first;
}

/** `MLFLOW_ARTIFACTS_ORIGIN` as an origin (`https://host[:port]`), or null when unset or not an http(s) URL. */
export function parseArtifactsOrigin(setting: string | undefined): string | null {
  if (!setting) return null;
  try {
    const url = new URL(setting);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** The longest folder (ending before a '/') every URI lies in, or null when they share none past the host. */
function commonFolder(uris: readonly string[]): string | null {
  let prefix = uris[0]!;
  for (const uri of uris.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < uri.length && prefix[i] === uri[i]) i++;
    prefix = prefix.slice(0, i);
  }
  const cut = prefix.lastIndexOf("/");
  const folder = cut > 0 ? prefix.slice(0, cut) : "";
  return /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/.+/i.test(folder) ? folder : null;
}
