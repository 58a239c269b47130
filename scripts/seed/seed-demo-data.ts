/**
 * Demo data for a fresh installation: the demo users of docs/api-conventions.md, two teams, and a registry that looks real
 * (lineage, datasets, evaluations, fairness, drift, policies, promotions, alerts), from a fixed seed.
 * Runs only against an empty database (no users), so it never touches real data.
 *
 * Everything goes into ONE transaction: a seed that fails half-way must leave the database empty,
 * otherwise the next start would find users, skip seeding, and keep a half-built demo for good.
 */
import { seededRandom } from "@/lib/random/seeded";
import { hashPassword } from "@/lib/server/auth/passwords";
import { db } from "@/lib/server/db";
import { seedArtifacts } from "./seed-artifacts";
import { chainInStoryOrder } from "./chain-in-story-order";
import { daysAgo, STORY_STARTS_DAYS_AGO, type SeedContext } from "./seed-context";
import { seedDatasets } from "./seed-datasets";
import { seedDrift } from "./seed-drift";
import { seedEvaluations } from "./seed-evaluations";
import { seedFairness } from "./seed-fairness";
import { seedModels } from "./seed-models";
import { seedAliasesAndTags, seedOperations } from "./seed-operations";
import { DEMO_PASSWORD, seedPeopleIn } from "./seed-people";
import { seedPolicies } from "./seed-policies";
import { seedPromotions } from "./seed-promotions";

export const DEMO_SEED = 20_260_101;

// Serialises two processes seeding the same empty database at once (e.g. two starts racing).
const SEED_LOCK = 727_010;

export async function seedDemoDataIfEmpty(log: (line: string) => void) {
  if ((await db.user.count()) > 0) return false;
  const startedAt = Date.now();
  // Hashing is deliberately slow: do it before the transaction opens.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      if ((await tx.user.count()) > 0) return false;
      const now = new Date();
      const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
      const people = await seedPeopleIn(tx, passwordHash, daysAgo({ today }, STORY_STARTS_DAYS_AGO, 8));
      const ctx: SeedContext = {
        tx,
        random: seededRandom(DEMO_SEED),
        today,
        users: people.users as SeedContext["users"],
        teams: people.teams,
        versions: new Map(),
        datasetVersions: new Map(),
      };
      await seedDatasets(ctx);
      await seedModels(ctx);
      await seedArtifacts(ctx);
      await seedEvaluations(ctx);
      await seedFairness(ctx);
      await seedDrift(ctx);
      await seedPolicies(ctx);
      await seedPromotions(ctx);
      await seedOperations(ctx);
      await seedAliasesAndTags(ctx);
      await chainInStoryOrder(tx);
      return true;
    },
    // On a busy machine the few hundred audited writes can take several seconds; the default 5 s would abort them.
    { maxWait: 10_000, timeout: 120_000 },
  );
  if (seeded) log(`[seed] demo data ready in ${Date.now() - startedAt} ms`);
  return seeded;
}
