-- The operator's home page is the open cases of one body in deadline order. application_queue (V8) cannot give them
-- in that order (an IN of two statuses is two ranges of it), and application_open_cases (V15, the dashboard's and now
-- the queue's four counts, index-only) is ordered by assignee first, so PostgreSQL read all of a body's open cases and
-- sorted them, a cost that grows with the backlog. This index holds only the open cases (about a thousand per body
-- however many millions are decided), in the page's order: the first page stops after 26 entries. The queries write
-- the two statuses out as literals (review.QueueFilter.OPEN) so that PostgreSQL can tell they are on this index.
CREATE INDEX application_open ON application (region, due_at, id) WHERE status IN ('SUBMITTED', 'IN_REVIEW');
