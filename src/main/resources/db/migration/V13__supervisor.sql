-- The supervisor's dashboard counts the decisions of the last 30 days (per day, per ground, median time). Without
-- this index each page view would scan every application ever filed; decided cases are the ones it reads.
CREATE INDEX application_decided_at ON application (decided_at) WHERE decided_at IS NOT NULL;
