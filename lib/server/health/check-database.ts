import "server-only";
import { queryRows } from "@/lib/server/sql";

export async function checkDatabase(): Promise<boolean> {
  try {
    await queryRows`SELECT 1`;
    return true;
  } catch (error) {
    console.error("[health] database check failed", error);
    return false;
  }
}
