-- Ground 3 ("an IIN was already registered") names the registered IIN the refusal relied on.
ALTER TABLE application ADD COLUMN refused_for_iin VARCHAR(12);

-- The supervisors' dashboard counts the open cases of all bodies (and per assignee) on every view.
CREATE INDEX application_open_cases ON application (region, assigned_to, due_at)
    WHERE status IN ('SUBMITTED', 'IN_REVIEW');
