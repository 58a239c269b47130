import { listArtifacts } from "@/lib/server/artifacts/list-artifacts";
import { registerArtifactReference } from "@/lib/server/artifacts/register-artifact-reference";
import { uploadArtifact } from "@/lib/server/artifacts/upload-artifact";
import { queryOf, readJson, withApi } from "@/lib/server/http/with-api";

type Params = { id: string };

/** multipart/form-data uploads a file; JSON registers a reference to bytes kept elsewhere. */
export const POST = withApi<Params>(
  async ({ req, principal, params }) => {
    const contentType = req.headers.get("content-type");
    const artifact = /^multipart\//i.test(contentType ?? "")
      ? await uploadArtifact(principal, params.id, {
          contentType,
          contentLength: req.headers.has("content-length") ? Number(req.headers.get("content-length")) : null,
          body: req.body,
        })
      : await registerArtifactReference(principal, params.id, await readJson(req));
    return { artifact };
  },
  { permission: "versions.write", status: 201 },
);

export const GET = withApi<Params>(async ({ req, params }) => listArtifacts(params.id, queryOf(req)), {
  permission: "registry.read",
});
