-- "My applications" shows the drafts apart and the sent applications a page at a time, the most recently sent first,
-- for a filer (created_by) or for a whole service centre (front office). The queries write the DRAFT literal out
-- (Application.Filed), so these partial indexes answer them in order and the count beside the pages from the index;
-- a filer's drafts keep using application_created_by (V3).
CREATE INDEX application_filer_sent ON application (created_by, submitted_at DESC, id DESC)
    WHERE status <> 'DRAFT';
CREATE INDEX application_centre_sent ON application (service_centre, submitted_at DESC, id DESC)
    WHERE status <> 'DRAFT' AND service_centre IS NOT NULL;
CREATE INDEX application_centre_drafts ON application (service_centre, created_at DESC)
    WHERE status = 'DRAFT' AND service_centre IS NOT NULL;
