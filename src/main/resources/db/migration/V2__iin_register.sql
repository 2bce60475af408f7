-- The IIN register: persons, their identity documents, IIN records and the history of every change to a person.

CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE person (
    id                    BIGINT PRIMARY KEY,
    family_name           VARCHAR(100) NOT NULL,          -- Latin, as in the passport's machine-readable zone
    given_names           VARCHAR(100) NOT NULL,
    family_name_cyrillic  VARCHAR(100),
    given_names_cyrillic  VARCHAR(100),
    birth_date            DATE         NOT NULL,
    sex                   VARCHAR(6)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    citizenship           VARCHAR(2),                         -- ISO 3166-1 alpha-2; NULL when stateless
    stateless             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version               BIGINT       NOT NULL DEFAULT 0,
    CHECK (stateless = (citizenship IS NULL))
);
CREATE INDEX person_name_birth ON person (lower(family_name), birth_date);

CREATE SEQUENCE identity_document_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE identity_document (
    id               BIGINT PRIMARY KEY,
    person_id        BIGINT       NOT NULL REFERENCES person (id),
    document_type    VARCHAR(30)  NOT NULL,
    number           VARCHAR(40)  NOT NULL,
    issuing_country  VARCHAR(2)      NOT NULL,
    issue_date       DATE,
    expiry_date      DATE,
    CHECK (issue_date IS NULL OR expiry_date IS NULL OR issue_date < expiry_date)
);
CREATE INDEX identity_document_number ON identity_document (upper(number), issuing_country);
CREATE INDEX identity_document_person ON identity_document (person_id);

-- An IIN is unique and never reused: the primary key is the number itself. Records imported from older systems may
-- carry a wrong check digit (a reason to correct), so only the shape is constrained here.
CREATE TABLE iin_record (
    iin                     VARCHAR(12)     PRIMARY KEY CHECK (iin ~ '^[0-9]{12}$'),
    person_id               BIGINT       NOT NULL REFERENCES person (id),
    status                  VARCHAR(10)  NOT NULL CHECK (status IN ('ACTIVE', 'CORRECTED', 'ANNULLED')),
    formed_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    formed_by               VARCHAR(100) NOT NULL,         -- login of the operator (or the import)
    formed_by_application   VARCHAR(40),                   -- reference of the application, when there was one
    -- Deferred: a correction first retires the old record (one ACTIVE per person), then inserts its replacement.
    replaced_by             VARCHAR(12)     REFERENCES iin_record (iin) DEFERRABLE INITIALLY DEFERRED,
    status_changed_at       TIMESTAMPTZ,
    CHECK ((status = 'CORRECTED') = (replaced_by IS NOT NULL))
);
CREATE INDEX iin_record_person ON iin_record (person_id);
-- At most one ACTIVE IIN per person.
CREATE UNIQUE INDEX iin_record_one_active ON iin_record (person_id) WHERE status = 'ACTIVE';

-- Formation allocator: the last serial (digits 8-11) handed out per prefix (birth date YYMMDD + century/sex digit).
-- The row is locked by the transaction that allocates, so concurrent formations for one prefix queue here.
CREATE TABLE iin_serial_counter (
    prefix       VARCHAR(7)  PRIMARY KEY CHECK (prefix ~ '^[0-9]{6}[1-6]$'),
    last_serial  INTEGER  NOT NULL CHECK (last_serial BETWEEN 0 AND 9999)
);

CREATE SEQUENCE person_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE person_change (
    id              BIGINT PRIMARY KEY,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    changed_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_by      VARCHAR(100) NOT NULL,
    application_ref VARCHAR(40),
    field           VARCHAR(40)  NOT NULL,
    old_value       VARCHAR(300),
    new_value       VARCHAR(300)
);
CREATE INDEX person_change_person ON person_change (person_id, changed_at);
