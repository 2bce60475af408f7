-- Demo staff for dev mode and tests only (Flyway location db/demo is not used in production). Repeatable and
-- idempotent, so schema migrations added later never run "out of order" behind it.
-- Logins match the demo users of deploy/keycloak/iin-realm.json and the dev OIDC server.
INSERT INTO staff (login, full_name, territorial_body, service_centre) VALUES
    ('operator',    'Yerlan Abenov',     'ASTANA',      NULL),
    ('operator2',   'Aliya Nurlanova',   'ALMATY_CITY', NULL),
    ('frontoffice', 'Dana Seitkali',     NULL,          'ASTANA-PSC-1'),
    ('supervisor',  'Marat Ospanov',     NULL,          NULL)
ON CONFLICT (login) DO NOTHING;
