-- Files uploaded to an application (identity document scans, translations, proofs), stored in the database with the
-- application: backed up, access-controlled and deleted together. At most 10 per application and 10 MB each, checked
-- by the portal (documents.UploadCheck) by content; the type is the detected one, never the declared one.
CREATE SEQUENCE application_document_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE application_document (
    id              BIGINT       PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    kind            VARCHAR(30)  NOT NULL
        CHECK (kind IN ('IDENTITY_DOCUMENT', 'TRANSLATION', 'CORRECTION_PROOF', 'AUTHORITY', 'OTHER')),
    file_name       VARCHAR(120) NOT NULL,
    media_type      VARCHAR(40)  NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes      INTEGER      NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256          VARCHAR(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content         BYTEA        NOT NULL,
    uploaded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    uploaded_by     VARCHAR(100) NOT NULL,
    CHECK (octet_length(content) = size_bytes)
);
-- PDF, JPEG and PNG are compressed already: store the content out of line without trying to compress it again.
ALTER TABLE application_document ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX application_document_application ON application_document (application_id);
