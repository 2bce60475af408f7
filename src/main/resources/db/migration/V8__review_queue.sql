-- The review queue: each submitted case has its deadline (1 working day) and, once taken, the operator working it.
ALTER TABLE application
    ADD COLUMN due_at       TIMESTAMPTZ,
    ADD COLUMN assigned_to  VARCHAR(100);
-- The queue of a body is read in deadline order, page by page (keyset: due_at, id).
CREATE INDEX application_queue ON application (region, status, due_at, id);
CREATE INDEX application_family_name ON application (region, upper(family_name) text_pattern_ops);
CREATE INDEX application_document_number ON application (region, document_number);
