// MLflow's UI and some clients call the same API under /ajax-api.
export { GET, POST, PATCH, DELETE } from "@/app/api/2.0/mlflow/[...path]/route";
