-- Issue 17, the review page: every view stays in the audit, but the page reads the views as one count and the latest
-- one, and the other steps of the timeline without the views. The kind is a literal in those queries, so that the
-- partial index matches also under a prepared statement's generic plan.

-- The views of a case: count(*) as an index-only scan, the latest view as the first entry (backwards).
CREATE INDEX application_event_kind ON application_event (application_id, kind, at, id);

-- The timeline without the views: only what happened to the case, however often it was looked at.
CREATE INDEX application_event_steps ON application_event (application_id, at, id) WHERE kind <> 'VIEWED';

-- The case's full history page (all events, newest first, paged) and the applicant's timeline: the id as the
-- tie-breaker of the order, so no sort after the index scan. It replaces V3's (application_id, at).
CREATE INDEX application_event_history ON application_event (application_id, at, id);
DROP INDEX application_event_application;
