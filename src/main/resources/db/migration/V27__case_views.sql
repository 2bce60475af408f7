-- Issue 17, the review page. Every view stays an event of the audit log, but the page must not cost more with each
-- one: it reads the views as one row of application_views (how many, the latest, by whom) and the other steps of
-- the timeline through a partial index that leaves the views out. See docs/decisions.md.

-- The views of each case, kept by a trigger on the audit log itself, so that no writer (the portal, a fill, a
-- restore) can add a view without it being counted; the portal can only read it. Derived data: it can be rebuilt
-- from application_event at any time with the INSERT below.
CREATE TABLE application_views (
    application_id BIGINT       PRIMARY KEY,
    views          BIGINT       NOT NULL,
    last_at        TIMESTAMPTZ  NOT NULL,
    last_by        VARCHAR(100) NOT NULL
);

INSERT INTO application_views (application_id, views, last_at, last_by)
SELECT DISTINCT ON (application_id) application_id, count(*) OVER (PARTITION BY application_id), at, actor
FROM application_event WHERE kind = 'VIEWED'
ORDER BY application_id, at DESC, id DESC;

-- Runs after the chain trigger, in the same transaction and with the case and the chain head already locked (in
-- that order), so the summary row is taken last and never in another order: no new deadlock, no longer lock.
CREATE FUNCTION application_event_views() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO application_views AS v (application_id, views, last_at, last_by)
    VALUES (NEW.application_id, 1, NEW.at, NEW.actor)
    ON CONFLICT (application_id) DO UPDATE
        SET views   = v.views + 1,
            last_at = greatest(v.last_at, EXCLUDED.last_at),
            last_by = CASE WHEN EXCLUDED.last_at >= v.last_at THEN EXCLUDED.last_by ELSE v.last_by END;
    RETURN NULL;
END
$$;

CREATE TRIGGER application_event_views AFTER INSERT ON application_event
    FOR EACH ROW WHEN (NEW.kind = 'VIEWED') EXECUTE FUNCTION application_event_views();

REVOKE ALL ON application_views FROM ${appRole};
GRANT SELECT ON application_views TO ${appRole};

-- The timeline without the views: only what happened to the case, however often it was looked at. The queries write
-- the kind as a literal, so this partial index matches also under a prepared statement's generic plan.
CREATE INDEX application_event_steps ON application_event (application_id, at, id) WHERE kind <> 'VIEWED';

-- The case's full history (all events, newest first, paged) and the applicant's timeline: the id as the order's
-- tie-breaker, so no sort after the index scan. It replaces V3's (application_id, at).
CREATE INDEX application_event_history ON application_event (application_id, at, id);
DROP INDEX application_event_application;
