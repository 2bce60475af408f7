-- The operator's home page is the open cases of one body in deadline order, and the four counts beside its filters
-- (open, mine, unassigned, overdue) are counted over the same cases. application_queue (V8) cannot give the open
-- cases in deadline order (an IN of two statuses is two ranges of it, so PostgreSQL read them all and sorted), and the
-- counts had to visit the table for the assignee. This index holds only the open cases (about a thousand per body
-- however many millions are decided), in the page's order, with the assignee: the first page stops after 26 entries
-- and the counts are one index-only pass. The queries write the two statuses out as literals
-- (review.QueueFilter.OPEN) so that PostgreSQL can tell they are on this index.
CREATE INDEX application_open ON application (region, due_at, id) INCLUDE (assigned_to)
    WHERE status IN ('SUBMITTED', 'IN_REVIEW');
