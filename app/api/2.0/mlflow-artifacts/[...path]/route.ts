import { resolveArtifactEndpoint } from "@/lib/server/mlflow/artifact-proxy";
import { mlflowRouter } from "@/lib/server/mlflow/router";

// MLflow's artifact proxy, read-only, over the files uploaded to versions (lib/server/mlflow/artifact-proxy.ts).
export const GET = mlflowRouter(resolveArtifactEndpoint);
