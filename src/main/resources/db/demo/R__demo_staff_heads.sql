-- Demo only (dev and tests): the demo supervisor heads the two bodies the demo cases go to, so that complaints on
-- their refusals reach someone. Runs after R__demo_staff (Flyway orders repeatable migrations by description), whose
-- rows it refers to; idempotent like it.
INSERT INTO body_head (login, territorial_body) VALUES
    ('supervisor', 'ASTANA'),
    ('supervisor', 'ALMATY_CITY')
ON CONFLICT DO NOTHING;
