-- Supervisors manage staff in the portal: each staff row says which portal role the person was given (the identity
-- provider holds the role itself, but the list is filtered by it and the workplace rule below depends on it) and
-- where the identity provider sends their account e-mails.
ALTER TABLE staff
    ADD COLUMN role  VARCHAR(20),
    ADD COLUMN email VARCHAR(254);

-- Rows written before staff had a role: where they work tells what they are.
UPDATE staff SET role = CASE
    WHEN territorial_body IS NOT NULL THEN 'operator'
    WHEN service_centre IS NOT NULL THEN 'frontoffice'
    ELSE 'supervisor' END;

-- An operator reviews the cases of one body, a front-office employee keys in at one centre, a supervisor oversees
-- all bodies (the heads of a body are body_head rows): a workplace that does not fit the role would give someone a
-- queue or a centre they should not have.
ALTER TABLE staff
    ALTER COLUMN role SET NOT NULL,
    ADD CONSTRAINT staff_role CHECK (role IN ('operator', 'frontoffice', 'supervisor')),
    ADD CONSTRAINT staff_workplace CHECK (
        (role = 'operator' AND territorial_body IS NOT NULL AND service_centre IS NULL)
        OR (role = 'frontoffice' AND service_centre IS NOT NULL AND territorial_body IS NULL)
        OR (role = 'supervisor' AND territorial_body IS NULL AND service_centre IS NULL));

CREATE INDEX staff_by_workplace ON staff (role, territorial_body, service_centre);

-- The administration audit: who changed staff, the holiday calendar or the service rules, when, and from what to
-- what. Chained exactly like the case audit (V9): each row stores the hash of the one before it, the chain's end is
-- one locked row, and the database writes the links itself, so no change can be made without leaving its trace.
CREATE SEQUENCE admin_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE admin_event (
    id         BIGINT PRIMARY KEY,
    seq        BIGINT       NOT NULL UNIQUE,
    at         TIMESTAMPTZ  NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    -- what was changed: a staff login, a calendar day, a service rule
    subject    VARCHAR(200) NOT NULL,
    from_value VARCHAR(2000),
    to_value   VARCHAR(2000),
    prev_hash  VARCHAR(64)  NOT NULL,
    hash       VARCHAR(64)  NOT NULL
);
CREATE INDEX admin_event_at ON admin_event (at DESC);

CREATE TABLE admin_chain_head (
    id   SMALLINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT   NOT NULL,
    hash VARCHAR(64) NOT NULL
);
INSERT INTO admin_chain_head VALUES (1, 0, repeat('0', 64));

-- Must stay identical to audit.AdminChain#text, which recomputes it in Java.
CREATE FUNCTION admin_event_text(e admin_event) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT e.seq || '|' || to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|'
        || audit_field(e.actor) || '|' || audit_field(e.kind) || '|' || audit_field(e.subject) || '|'
        || audit_field(e.from_value) || '|' || audit_field(e.to_value) || '|' || e.prev_hash
$$;

CREATE FUNCTION admin_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head admin_chain_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM admin_chain_head WHERE id = 1 FOR UPDATE;
    NEW.seq := head.seq + 1;
    NEW.prev_hash := head.hash;
    NEW.hash := encode(sha256(convert_to(admin_event_text(NEW), 'UTF8')), 'hex');
    UPDATE admin_chain_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
    RETURN NEW;
END
$$;
ALTER FUNCTION admin_event_chain() SECURITY DEFINER SET search_path = public, pg_temp;

CREATE TRIGGER admin_event_chain BEFORE INSERT ON admin_event
    FOR EACH ROW EXECUTE FUNCTION admin_event_chain();

CREATE TRIGGER admin_event_no_change BEFORE UPDATE OR DELETE ON admin_event
    FOR EACH ROW EXECUTE FUNCTION application_event_append_only();
CREATE TRIGGER admin_event_no_truncate BEFORE TRUNCATE ON admin_event
    FOR EACH STATEMENT EXECUTE FUNCTION application_event_append_only();

-- The portal's role adds and reads administration events, nothing more (as for the case audit, V16).
REVOKE UPDATE, DELETE, TRUNCATE ON admin_event FROM ${appRole};
REVOKE ALL ON admin_chain_head FROM ${appRole};
GRANT SELECT ON admin_chain_head TO ${appRole};
