-- The case timeline becomes the audit log: append-only and hash-chained.
-- Each event stores the hash of the one before it (in `seq` order), so changing, removing or inserting a row
-- anywhere breaks the chain at that row. The chain is kept by the database itself (trigger below), so every event
-- is chained however it is written; the verifier (kz.iinportal.audit.AuditChain) recomputes it independently in Java.

-- Events outlive the case: deleting a draft must not delete its history.
ALTER TABLE application_event DROP CONSTRAINT IF EXISTS application_event_application_id_fkey;

ALTER TABLE application_event
    ADD COLUMN detail    VARCHAR(200),
    ADD COLUMN seq       BIGINT,
    ADD COLUMN prev_hash VARCHAR(64),
    ADD COLUMN hash      VARCHAR(64);

-- The end of the chain: one row, locked by each insert so that events are chained one after another.
CREATE TABLE audit_chain_head (
    id   SMALLINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT   NOT NULL,
    hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head VALUES (1, 0, repeat('0', 64));

-- The exact text that is hashed. Fields are separated by '|'; '\' and '|' inside a field are escaped so that no two
-- different events can produce the same text. Times are UTC with microseconds, as PostgreSQL stores them.
CREATE FUNCTION audit_field(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(replace(coalesce(value, ''), '\', '\\'), '|', '\|')
$$;

CREATE FUNCTION audit_event_text(e application_event) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT e.seq || '|' || e.application_id || '|'
        || to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|'
        || audit_field(e.actor) || '|' || audit_field(e.actor_role) || '|' || audit_field(e.kind) || '|'
        || audit_field(e.from_status) || '|' || audit_field(e.to_status) || '|' || audit_field(e.detail) || '|'
        || e.prev_hash
$$;

CREATE FUNCTION audit_event_hash(e application_event) RETURNS VARCHAR(64) LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(audit_event_text(e), 'UTF8')), 'hex')
$$;

-- Chain what is already there, oldest first.
DO $$
DECLARE
    event_id BIGINT;
    previous VARCHAR(64) := repeat('0', 64);
    position BIGINT := 0;
BEGIN
    FOR event_id IN SELECT id FROM application_event ORDER BY at, id LOOP
        position := position + 1;
        UPDATE application_event SET seq = position, prev_hash = previous WHERE id = event_id;
        SELECT audit_event_hash(e) INTO previous FROM application_event e WHERE e.id = event_id;
        UPDATE application_event SET hash = previous WHERE id = event_id;
    END LOOP;
    UPDATE audit_chain_head SET seq = position, hash = previous;
END
$$;

ALTER TABLE application_event
    ALTER COLUMN seq SET NOT NULL,
    ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN hash SET NOT NULL,
    ADD CONSTRAINT application_event_chain_position UNIQUE (seq);

CREATE FUNCTION application_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head audit_chain_head%ROWTYPE;
BEGIN
    -- Lock the case before the chain head: a decision locks its case first and then writes its event, so taking
    -- the locks in the same order here means two transactions never wait for each other in a circle.
    PERFORM 1 FROM application WHERE id = NEW.application_id FOR NO KEY UPDATE;
    SELECT * INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
    NEW.seq := head.seq + 1;
    NEW.prev_hash := head.hash;
    NEW.hash := audit_event_hash(NEW);
    UPDATE audit_chain_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
    RETURN NEW;
END
$$;

CREATE TRIGGER application_event_chain BEFORE INSERT ON application_event
    FOR EACH ROW EXECUTE FUNCTION application_event_chain();

-- Append-only, also for the portal's own database role.
CREATE FUNCTION application_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER application_event_no_change BEFORE UPDATE OR DELETE ON application_event
    FOR EACH ROW EXECUTE FUNCTION application_event_append_only();
CREATE TRIGGER application_event_no_truncate BEFORE TRUNCATE ON application_event
    FOR EACH STATEMENT EXECUTE FUNCTION application_event_append_only();

CREATE INDEX application_event_at ON application_event (at DESC);
