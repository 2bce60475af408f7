-- The portal runs as its own database role (${appRole}), not as the schema's owner that runs these migrations: it
-- reads and writes data but cannot change the schema, switch triggers off, or touch the audit log beyond adding to it.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${appRole};

-- The audit log: add and read only. The chain's end is kept by the trigger, which runs with the owner's rights.
REVOKE UPDATE, DELETE, TRUNCATE ON application_event FROM ${appRole};
REVOKE ALL ON audit_chain_head FROM ${appRole};
GRANT SELECT ON audit_chain_head TO ${appRole};
ALTER FUNCTION application_event_chain() SECURITY DEFINER SET search_path = public, pg_temp;

-- Migrations are the owner's business.
REVOKE ALL ON flyway_schema_history FROM ${appRole};
