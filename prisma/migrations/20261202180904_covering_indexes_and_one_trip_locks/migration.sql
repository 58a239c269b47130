-- Speed (issue 15, item 7), with no change to what is guaranteed.
-- 1. Covering indexes: a lineage walk looks edges up by parent or by child and reads the other end and
--    the relation; a dataset's impact looks usages up by dataset version and role and reads the model
--    version. With the rest of the row in the index (INCLUDE, which Prisma's schema cannot express, so
--    it is written here and noted in the schema), each lookup is an index-only scan, not a heap visit.
-- 2. Two functions that take a lock and then read, in one round trip: inside a VOLATILE function each
--    statement takes a fresh snapshot, so the read after the lock sees what the previous holder
--    committed. Done as two statements from the client, that was two round trips in every registration.

-- DropIndex
DROP INDEX "DatasetUsage_datasetVersionId_idx";

-- CreateIndex
CREATE INDEX "DatasetUsage_datasetVersionId_role_idx" ON "DatasetUsage"("datasetVersionId", "role") INCLUDE ("modelVersionId");

-- The same names and keys as before (the unique one still enforces one edge per pair), now covering.
DROP INDEX "LineageEdge_parentId_childId_key";
CREATE UNIQUE INDEX "LineageEdge_parentId_childId_key" ON "LineageEdge"("parentId", "childId") INCLUDE ("relation");
DROP INDEX "LineageEdge_childId_idx";
CREATE INDEX "LineageEdge_childId_idx" ON "LineageEdge"("childId") INCLUDE ("parentId", "relation");

-- The next version number of a model: the model row lock serialises registrations of one model (other
-- models register in parallel), and the maximum is read after it, so numbers never repeat or skip.
CREATE FUNCTION next_model_version(model_id text) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM 1 FROM "Model" WHERE id = model_id FOR UPDATE;
  RETURN coalesce((SELECT max(version) FROM "ModelVersion" WHERE "modelId" = model_id), 0) + 1;
END $$;

-- The audit chain's head, read under the transaction-scoped lock every append takes (the key is the
-- caller's), so two transactions never chain onto the same event. No row: an empty chain.
CREATE FUNCTION audit_chain_head(lock_key bigint) RETURNS TABLE (seq bigint, hash text)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key);
  RETURN QUERY SELECT e.seq, e.hash FROM "AuditEvent" e ORDER BY e.seq DESC LIMIT 1;
END $$;
