/**
 * Where an MLflow client downloads a version from. Bytes we hold (uploaded artifacts) are served by the
 * MLflow artifact proxy routes under `mlflow-artifacts:/registry/<version id>`; otherwise the location the
 * version was registered with (`source`), or the folder its referenced artifacts share.
 */
export const PROXY_ROOT = "registry";

export const proxiedUri = (versionId: string) => `mlflow-artifacts:/${PROXY_ROOT}/${versionId}`;

export function downloadUri(version: {
  id: string;
  hasUploads: boolean;
  source: string | null;
  referenceUris: readonly string[];
}): string | null {
  if (version.hasUploads) return proxiedUri(version.id);
  if (version.source) return version.source;
  const [first, ...rest] = version.referenceUris;
  if (first === undefined) return null;
  if (rest.length === 0) return first;
  return commonFolder(version.referenceUris) ?? first;
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
