-- A version number is given once per model, even after the version is deleted (as MLflow's registry
-- never hands a number out twice): the model keeps the highest number it gave.
ALTER TABLE "Model" ADD COLUMN "lastVersionNumber" INTEGER NOT NULL DEFAULT 0;

UPDATE "Model" m
SET "lastVersionNumber" = coalesce((SELECT max(v.version) FROM "ModelVersion" v WHERE v."modelId" = m.id), 0);

-- The next number of a model, registered at `at`. Updating the model row locks it, so registrations of
-- one model are numbered in turn (other models register in parallel); a new version is a change of the
-- model too (MLflow's last_updated_timestamp moves with it).
DROP FUNCTION next_model_version(text);
CREATE FUNCTION next_model_version(model_id text, at timestamp) RETURNS integer
LANGUAGE sql VOLATILE AS $$
  UPDATE "Model" SET "lastVersionNumber" = "lastVersionNumber" + 1, "updatedAt" = greatest("updatedAt", at)
  WHERE id = model_id
  RETURNING "lastVersionNumber"
$$;

-- A version written with a number of its own (a bulk load, a test fixture) moves the model's counter
-- up to it, so that the next registration still gets a number never given. For a version numbered by
-- next_model_version the counter is already there, and nothing is written.
CREATE FUNCTION model_version_number_seen() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Model" SET "lastVersionNumber" = NEW.version
  WHERE id = NEW."modelId" AND "lastVersionNumber" < NEW.version;
  RETURN NEW;
END $$;

CREATE TRIGGER "ModelVersion_number_seen" AFTER INSERT ON "ModelVersion"
FOR EACH ROW EXECUTE FUNCTION model_version_number_seen();
