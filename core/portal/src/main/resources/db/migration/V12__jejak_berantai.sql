-- Issue 10: the audit trail becomes a hash chain per tenant (see id.pkd.portal.jejak.RantaiJejak for
-- the canonical serialisation). Columns start nullable; V12_1 chains the existing rows, V12_2 then
-- makes them mandatory and refuses UPDATE and DELETE.
ALTER TABLE jejak_audit
    ADD COLUMN urut          BIGINT   NULL AFTER tenant_id,
    ADD COLUMN hash_sebelum  CHAR(64) NULL,
    ADD COLUMN hash          CHAR(64) NULL,
    ADD INDEX ix_jejak_audit_pada (tenant_id, pada),
    ADD INDEX ix_jejak_audit_oleh (tenant_id, oleh);

-- The head of each tenant's chain. Appending locks this row (SELECT ... FOR UPDATE) inside the
-- writing transaction, so entries of one tenant get gap-free, ordered numbers.
CREATE TABLE jejak_kepala (
    tenant_id  BIGINT       NOT NULL PRIMARY KEY,
    urut       BIGINT       NOT NULL,
    hash       CHAR(64)     NOT NULL,
    pada       TIMESTAMP(3) NULL,
    CONSTRAINT fk_jejak_kepala_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One anchor per tenant and day: the last entry of that day (Asia/Jakarta). Written once, when the
-- day is over, so deleting the tail of a closed day leaves an anchor pointing at nothing.
CREATE TABLE jejak_jangkar (
    tenant_id  BIGINT       NOT NULL,
    tanggal    DATE         NOT NULL,
    urut       BIGINT       NOT NULL,
    hash       CHAR(64)     NOT NULL,
    dibuat     TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id, tanggal),
    CONSTRAINT fk_jejak_jangkar_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
