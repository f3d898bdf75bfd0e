-- The last document number given per tenant, document type and year. Issuing takes the next number under this
-- row's lock (one statement: INSERT ... ON DUPLICATE KEY UPDATE terakhir = LAST_INSERT_ID(terakhir + 1)), so two
-- concurrent issuances never share a number and a rolled-back issuance leaves no gap.

CREATE TABLE nomor_dokumen (
    tenant_id  BIGINT       NOT NULL,
    jenis      VARCHAR(20)  NOT NULL,
    tahun      SMALLINT     NOT NULL,
    terakhir   INT          NOT NULL,
    PRIMARY KEY (tenant_id, jenis, tahun),
    CONSTRAINT fk_nomor_dokumen_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_nomor_dokumen_terakhir CHECK (terakhir >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Existing registries continue their numbering: numbers were COUNT(*) + 1, so the highest sequence printed in a
-- number (its last part) is where each counter stands.
INSERT INTO nomor_dokumen (tenant_id, jenis, tahun, terakhir)
SELECT tenant_id, jenis, tahun, GREATEST(COUNT(*), MAX(CAST(SUBSTRING_INDEX(nomor, '/', -1) AS UNSIGNED)))
FROM dokumen_terbit
GROUP BY tenant_id, jenis, tahun;
