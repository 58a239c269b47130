/**
 * Demo data for a fresh installation: the users of API.md, two teams, and a registry that looks real.
 * Runs only against an empty database (no users), so it never touches real data.
 */
import { db } from "@/lib/server/db";
import { seedPeople } from "./seed-people";

export async function seedDemoDataIfEmpty(log: (line: string) => void) {
  if ((await db.user.count()) > 0) return false;
  const startedAt = Date.now();
  await seedPeople();
  log(`[seed] demo data ready in ${Date.now() - startedAt} ms`);
  return true;
}
