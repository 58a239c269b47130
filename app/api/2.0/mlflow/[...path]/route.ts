import { REGISTRY_ENDPOINTS } from "@/lib/server/mlflow/registry-endpoints";
import { mlflowRouter } from "@/lib/server/mlflow/router";

// MLflow's Model Registry REST API (lib/server/mlflow/registry-endpoints.ts lists the endpoints).
const handle = mlflowRouter(REGISTRY_ENDPOINTS);
export { handle as GET, handle as POST, handle as PATCH, handle as DELETE };
