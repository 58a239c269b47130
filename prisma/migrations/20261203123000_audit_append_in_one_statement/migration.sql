-- An audit append in one statement: the lock, the chain's head, the next seq and hash, the event and its
-- personal values. The caller hashes what only it knows (the event's canonical JSON, cut where the seq
-- goes); the database alone knows the head, so it finishes the hash:
-- sha256(prevHash || before || seq || after), the very text lib/audit/hash-chain.ts hashes.
CREATE FUNCTION append_audit_event(
  p_lock_key bigint,
  p_id text,
  p_occurred_at timestamp(3),
  p_actor_id text,
  p_action text,
  p_entity_type text,
  p_entity_id text,
  p_changes jsonb,
  p_scheme integer,
  p_personal_digest text,
  p_canonical_before text,
  p_canonical_after text,
  p_personal boolean,
  p_personal_actor_email text,
  p_personal_changes jsonb,
  p_personal_salt text
) RETURNS TABLE (seq bigint, hash text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  head_seq bigint;
  head_hash text;
  next_seq bigint;
  next_hash text;
BEGIN
  -- Serialises appends until commit or rollback; the read after it sees every committed event, since
  -- each statement of a function takes a fresh snapshot under READ COMMITTED.
  PERFORM pg_advisory_xact_lock(p_lock_key);
  SELECT e.seq, e.hash INTO head_seq, head_hash FROM "AuditEvent" e ORDER BY e.seq DESC LIMIT 1;
  next_seq := coalesce(head_seq, 0) + 1;
  head_hash := coalesce(head_hash, repeat('0', 64));
  next_hash := encode(sha256(convert_to(head_hash || p_canonical_before || next_seq::text || p_canonical_after, 'UTF8')), 'hex');
  INSERT INTO "AuditEvent" (id, seq, "occurredAt", "actorId", action, "entityType", "entityId", changes, "prevHash", hash, scheme, "personalDigest")
  VALUES (p_id, next_seq, p_occurred_at, p_actor_id, p_action, p_entity_type, p_entity_id, p_changes, head_hash, next_hash, p_scheme, p_personal_digest);
  IF p_personal THEN
    INSERT INTO "AuditPersonalData" ("eventId", "actorEmail", changes, salt)
    VALUES (p_id, p_personal_actor_email, p_personal_changes, p_personal_salt);
  END IF;
  RETURN QUERY SELECT next_seq, next_hash;
END $$;

-- Replaced by append_audit_event.
DROP FUNCTION audit_chain_head(bigint);
