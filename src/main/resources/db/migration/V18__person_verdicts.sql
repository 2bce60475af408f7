-- An operator's answer to "is this register person the applicant?" for one case (issue 12): SAME confirms a strong
-- match that is not the same identity document (e.g. a re-issued passport), so that a correction may touch that IIN or
-- ground 3 may name it; NOT_SAME clears a candidate, for this case and for later cases of the same applicant document.
-- Rows are never changed: a later verdict on the same pair is a new row, and the newest one applies.
CREATE SEQUENCE person_verdict_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE person_verdict (
    id              BIGINT PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES application (id),
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    -- The applicant's identity document as compared (upper case, no spaces or hyphens, then '|' and the issuing
    -- country): the pair a NOT_SAME verdict is about in later cases.
    document_key    VARCHAR(80)  NOT NULL,
    verdict         VARCHAR(16)  NOT NULL CHECK (verdict IN ('SAME', 'NOT_SAME')),
    reason          VARCHAR(500) NOT NULL CHECK (length(btrim(reason)) > 0),
    decided_by      VARCHAR(100) NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_verdict_application ON person_verdict (application_id);
CREATE INDEX person_verdict_document ON person_verdict (document_key, person_id);

-- Like the audit log: the portal adds verdicts and reads them, never rewrites one.
REVOKE UPDATE, DELETE, TRUNCATE ON person_verdict FROM ${appRole};
