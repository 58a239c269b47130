export { GET } from "@/app/api/2.0/mlflow-artifacts/[...path]/route";
