-- An account whose password was reset by an admin must choose its own at the next sign-in.
ALTER TABLE pengguna ADD COLUMN wajib_ganti_sandi BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE operator_portal ADD COLUMN wajib_ganti_sandi BOOLEAN NOT NULL DEFAULT FALSE;

-- Usernames are unique per tenant, not across the portal: "already taken" must not reveal another tenant's
-- users. The sign-in still looks a bare name up across tenants, hence the index on the name alone.
ALTER TABLE pengguna
    DROP INDEX uk_pengguna_username,
    ADD CONSTRAINT uk_pengguna_tenant_username UNIQUE (tenant_id, username),
    ADD INDEX ix_pengguna_username (username);
