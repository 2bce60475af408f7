-- IIN certificates: one per accepted application. The PDF is drawn on demand from the decided application.

CREATE SEQUENCE certificate_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE certificate (
    id              BIGINT PRIMARY KEY,
    number          VARCHAR(20)  NOT NULL UNIQUE,                  -- e.g. KZC-7HQ4-M2XP-9CKR, random + check character
    application_id  BIGINT       NOT NULL UNIQUE REFERENCES application (id),
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    iin             VARCHAR(12)  NOT NULL REFERENCES iin_record (iin),
    issued_at       TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(12)  NOT NULL CHECK (status IN ('VALID', 'SUPERSEDED')),
    -- Deferred: a correction first supersedes the person's valid certificate (one VALID per person), then inserts
    -- the new one that it names.
    superseded_by   VARCHAR(20)  REFERENCES certificate (number) DEFERRABLE INITIALLY DEFERRED,
    superseded_at   TIMESTAMPTZ,
    CHECK ((status = 'SUPERSEDED') = (superseded_by IS NOT NULL AND superseded_at IS NOT NULL))
);
CREATE INDEX certificate_person ON certificate (person_id);
-- At most one VALID certificate per person.
CREATE UNIQUE INDEX certificate_one_valid ON certificate (person_id) WHERE status = 'VALID';
