-- Demo staff for dev mode and tests only (Flyway location db/demo is not used in production). Repeatable and
-- idempotent, so schema migrations added later never run "out of order" behind it.
-- Logins match the demo users of deploy/keycloak/iin-realm.json and the dev OIDC server.
INSERT INTO staff (login, full_name, role, email, territorial_body, service_centre) VALUES
    ('operator',    'Yerlan Abenov',     'operator',    'operator@example.kz',    'ASTANA',      NULL),
    ('operator2',   'Aliya Nurlanova',   'operator',    'operator2@example.kz',   'ALMATY_CITY', NULL),
    ('frontoffice', 'Dana Seitkali',     'frontoffice', 'frontoffice@example.kz', NULL,          'ASTANA-PSC-1'),
    ('supervisor',  'Marat Ospanov',     'supervisor',  'supervisor@example.kz',  NULL,          NULL)
ON CONFLICT (login) DO NOTHING;
