-- Legal representatives file on behalf of a principal, with a document giving them authority; they choose who
-- receives the notices of the case.
ALTER TABLE application
    ADD COLUMN authority_kind         VARCHAR(40)
        CHECK (authority_kind IN ('POWER_OF_ATTORNEY', 'REPRESENTATIVE_OF_MINOR', 'REPRESENTATIVE_OF_INCAPABLE')),
    ADD COLUMN authority_number       VARCHAR(40),
    ADD COLUMN authority_date         DATE,
    ADD COLUMN authority_valid_until  DATE,
    ADD COLUMN notice_recipients      VARCHAR(20)
        CHECK (notice_recipients IN ('REPRESENTATIVE', 'PRINCIPAL', 'BOTH'));
CREATE INDEX application_service_centre ON application (service_centre, created_at DESC);
