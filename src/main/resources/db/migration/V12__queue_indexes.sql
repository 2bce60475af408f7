-- The queue's search is one OR: reference, family name prefix, document number, IIN to correct, IIN formed.
-- PostgreSQL answers an OR from indexes (a BitmapOr of one index scan per arm) only when every arm has an index;
-- reference, family name and document number had theirs, the two IINs had none, so every search read all of the
-- body's cases with the chosen status: 0.3-0.6 s for Almaty's decided cases among a million applications
-- (bin/bench-queue, docs/performance.md). Partial: only corrections name an IIN to correct, and only accepted
-- cases have an IIN formed; "= value" implies "is not null", so the planner uses them for the search.
CREATE INDEX application_current_iin ON application (current_iin) WHERE current_iin IS NOT NULL;
CREATE INDEX application_result_iin ON application (result_iin) WHERE result_iin IS NOT NULL;
