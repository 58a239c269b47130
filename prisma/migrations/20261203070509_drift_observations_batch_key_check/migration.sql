-- Drift ingestion speed (issue 12): the foreign key from an observation to its version ran one key
-- check per inserted row, about 40% of a 10,000-row bulk insert (EXPLAIN ANALYZE: 52-60 ms of 117-140).
-- Every row of a batch names the same version, so one check per batch says the same thing: the insert
-- locks the version row FOR KEY SHARE first (what the per-row check took), and it cannot be deleted
-- until the batch commits. What the foreign key's ON DELETE CASCADE did, the trigger below does.
-- docs/decisions/012-drift-observations-without-a-row-foreign-key.md records the choice.

-- DropForeignKey
ALTER TABLE "DriftObservation" DROP CONSTRAINT "DriftObservation_versionId_fkey";

CREATE FUNCTION delete_drift_observations_of_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "DriftObservation" WHERE "versionId" = OLD.id;
  RETURN OLD;
END $$;

CREATE TRIGGER "ModelVersion_delete_drift_observations"
AFTER DELETE ON "ModelVersion"
FOR EACH ROW EXECUTE FUNCTION delete_drift_observations_of_version();
