-- The public verification page's allowance per client, shared by every portal instance: behind a balancer each
-- instance kept its own in memory, so a client got the limit once per instance. One row per client holds its token
-- bucket as one moment, the time the bucket was (or will be) empty; taking a lookup is one atomic upsert. Rows of
-- clients whose bucket is full again carry nothing and are deleted (certificate.VerificationLimit).
CREATE TABLE verification_allowance (
    client   VARCHAR(64) PRIMARY KEY,
    empty_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX verification_allowance_empty_at ON verification_allowance (empty_at);
