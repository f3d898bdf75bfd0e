-- An operator may work for one agency (perangkat daerah): the workflow's notifications about an agency-year then go
-- to that agency's operators and to the region-wide ones (no agency), not to every operator of the region. Empty for
-- every existing account, so each stays region-wide until the Admin Daerah assigns it.
ALTER TABLE pengguna ADD COLUMN perangkat_daerah_id BIGINT NULL;
ALTER TABLE pengguna ADD CONSTRAINT fk_pengguna_perangkat_daerah
    FOREIGN KEY (tenant_id, perangkat_daerah_id) REFERENCES perangkat_daerah (tenant_id, id);
