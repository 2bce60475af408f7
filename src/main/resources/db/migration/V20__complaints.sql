-- Complaints against a refusal (Law on Public Services, art. 25): the filer complains to the head of the territorial
-- body that refused; the head answers within 5 working days. Upheld, the case goes back to review by another operator;
-- rejected, the answer gives the reasons. Every step is also an event in the case's audit chain.

-- Who answers a body's complaints: its head (and deputies), supervisors in the identity provider. Kept apart from
-- staff.territorial_body, which means "reviews the body's cases" (operators) and would put a head among the operators
-- a case can be given to.
CREATE TABLE body_head (
    login             VARCHAR(100) NOT NULL REFERENCES staff (login),
    territorial_body  VARCHAR(32)  NOT NULL REFERENCES territorial_body (code),
    PRIMARY KEY (login, territorial_body)
);
CREATE INDEX body_head_body ON body_head (territorial_body);

CREATE SEQUENCE complaint_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE complaint (
    id               BIGINT PRIMARY KEY,
    application_id   BIGINT        NOT NULL REFERENCES application (id),
    reference        VARCHAR(20)   NOT NULL UNIQUE,                -- e.g. KZA-7HQ4-M2XP-9C, random + check character
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('OPEN', 'UPHELD', 'REJECTED')),
    text             VARCHAR(4000) NOT NULL CHECK (length(btrim(text)) > 0),
    filed_by         VARCHAR(100)  NOT NULL,
    filed_role       VARCHAR(20)   NOT NULL,
    filed_at         TIMESTAMPTZ   NOT NULL,
    -- The first instant after the 5th working day after filing (like application.due_at).
    due_at           TIMESTAMPTZ   NOT NULL,
    -- The refusal complained about, as it was: the case's own fields change when it is decided again.
    refused_by       VARCHAR(100)  NOT NULL,
    refused_at       TIMESTAMPTZ   NOT NULL,
    refusal_ground   VARCHAR(30)   NOT NULL
        CHECK (refusal_ground IN ('UNRELIABLE_DOCUMENTS', 'REQUIREMENTS_NOT_MET', 'IIN_ALREADY_REGISTERED')),
    refusal_comment  VARCHAR(2000),
    answer           VARCHAR(2000),
    answered_by      VARCHAR(100),
    answered_at      TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 0,
    CHECK ((status = 'OPEN') = (answered_at IS NULL)),
    CHECK (status = 'OPEN' OR (answered_by IS NOT NULL AND length(btrim(answer)) > 0))
);
-- One open complaint per case, whatever two tabs send at the same moment.
CREATE UNIQUE INDEX complaint_one_open ON complaint (application_id) WHERE status = 'OPEN';
-- The supervisors' list: open first, by due date.
CREATE INDEX complaint_by_due ON complaint ((status <> 'OPEN'), due_at);

-- Files attached to a complaint: the same checks and limits as an application's documents (documents.UploadCheck).
CREATE SEQUENCE complaint_document_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE complaint_document (
    id            BIGINT       PRIMARY KEY,
    complaint_id  BIGINT       NOT NULL REFERENCES complaint (id),
    file_name     VARCHAR(120) NOT NULL,
    media_type    VARCHAR(40)  NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes    INTEGER      NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256        VARCHAR(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content       BYTEA        NOT NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    CHECK (octet_length(content) = size_bytes)
);
ALTER TABLE complaint_document ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX complaint_document_complaint ON complaint_document (complaint_id);

-- A complaint and its answer are announced to the filer like the case's other moments.
ALTER TABLE notice DROP CONSTRAINT notice_kind_check;
ALTER TABLE notice ADD CONSTRAINT notice_kind_check CHECK (kind IN ('SUBMITTED', 'IN_REVIEW', 'IIN_FORMED',
    'IIN_CORRECTED', 'REFUSED', 'COMPLAINT_FILED', 'COMPLAINT_ANSWERED'));

-- A complaint and its documents are part of the case's record: the portal adds and answers, never deletes.
REVOKE DELETE, TRUNCATE ON complaint, complaint_document FROM ${appRole};
