-- Notices to applicants and representatives, written in the same transaction as the change they announce (the
-- transactional outbox) and sent afterwards by a scheduled job, so that no notice is lost when the portal stops or
-- the mail server is down.

-- A representative's own address, taken from the identity provider when they submit: later notices go there.
ALTER TABLE application ADD COLUMN filer_email VARCHAR(254);

CREATE SEQUENCE notice_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notice (
    id              BIGINT       PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('SUBMITTED', 'IN_REVIEW', 'IIN_FORMED', 'IIN_CORRECTED', 'REFUSED')),
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(5)   NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    state           VARCHAR(10)  NOT NULL CHECK (state IN ('PENDING', 'SENT')),
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ
);
-- The sender's work list: only what is still to be sent, by when it is due.
CREATE INDEX notice_due ON notice (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX notice_application ON notice (application_id, created_at);
