-- Applications (the filings) and the service rules in force.

-- Which channels and filers a service accepts, and which documents it requires, from a date on. An amendment of the
-- rules is a new row with a later valid_from; the row with the latest valid_from not after a day is in force that day.
CREATE SEQUENCE service_rule_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE service_rule (
    id                      BIGINT PRIMARY KEY,
    service                 VARCHAR(20)  NOT NULL CHECK (service IN ('FORMATION', 'CORRECTION')),
    valid_from              DATE         NOT NULL,
    online                  BOOLEAN      NOT NULL,
    service_centre          BOOLEAN      NOT NULL,
    self_allowed            BOOLEAN      NOT NULL,
    representative_allowed  BOOLEAN      NOT NULL,
    required_documents      VARCHAR(200) NOT NULL,     -- comma-separated document kinds
    legal_basis             VARCHAR(300) NOT NULL,
    UNIQUE (service, valid_from)
);
INSERT INTO service_rule (id, service, valid_from, online, service_centre, self_allowed, representative_allowed,
                          required_documents, legal_basis)
VALUES (1, 'FORMATION', DATE '2023-02-25', TRUE, TRUE, TRUE, TRUE, 'IDENTITY_DOCUMENT',
        'MIA order No. 258 (2020) as amended by order No. 146 of 08.02.2023'),
       (2, 'CORRECTION', DATE '2023-02-25', TRUE, TRUE, TRUE, TRUE, 'IDENTITY_DOCUMENT,CORRECTION_PROOF',
        'MIA order No. 258 (2020) as amended by order No. 146 of 08.02.2023');
SELECT setval('service_rule_seq', 51);

CREATE SEQUENCE application_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE application (
    id                      BIGINT PRIMARY KEY,
    reference               VARCHAR(20)  UNIQUE,           -- given at submission
    service                 VARCHAR(20)  NOT NULL CHECK (service IN ('FORMATION', 'CORRECTION')),
    channel                 VARCHAR(20)  NOT NULL CHECK (channel IN ('ONLINE', 'SERVICE_CENTRE')),
    filer                   VARCHAR(20)  NOT NULL CHECK (filer IN ('SELF', 'REPRESENTATIVE')),
    status                  VARCHAR(20)  NOT NULL
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'IIN_FORMED', 'IIN_CORRECTED', 'REFUSED', 'WITHDRAWN')),
    created_by              VARCHAR(100) NOT NULL,         -- login of the applicant, representative or front office
    service_centre          VARCHAR(40)  REFERENCES service_centre (code),
    language                VARCHAR(2)   NOT NULL,
    -- correction
    current_iin             VARCHAR(12),
    correction_reason       VARCHAR(20),
    -- the person
    family_name             VARCHAR(100),
    given_names             VARCHAR(100),
    family_name_cyrillic    VARCHAR(100),
    given_names_cyrillic    VARCHAR(100),
    birth_date              DATE,
    sex                     VARCHAR(6),
    citizenship             VARCHAR(2),
    stateless               BOOLEAN,
    place_of_birth          VARCHAR(200),
    -- identity document
    document_type           VARCHAR(30),
    document_number         VARCHAR(40),
    document_country        VARCHAR(2),
    document_issue_date     DATE,
    document_expiry_date    DATE,
    -- stay in Kazakhstan
    address                 VARCHAR(300),
    region                  VARCHAR(32)  REFERENCES territorial_body (code),
    email                   VARCHAR(254),
    phone                   VARCHAR(20),
    -- declaration
    declaration_accepted    BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_accepted        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    submitted_at            TIMESTAMPTZ,
    decided_at              TIMESTAMPTZ,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CHECK (status = 'DRAFT' OR reference IS NOT NULL)
);
CREATE INDEX application_created_by ON application (created_by, created_at DESC);
CREATE INDEX application_region_status ON application (region, status);

-- The case's timeline: every state change, who made it, when, from which status to which.
CREATE SEQUENCE application_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE application_event (
    id              BIGINT PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor           VARCHAR(100) NOT NULL,
    actor_role      VARCHAR(20)  NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)
);
CREATE INDEX application_event_application ON application_event (application_id, at);
