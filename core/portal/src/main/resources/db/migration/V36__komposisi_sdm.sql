-- The staff composition an agency keeps per year (issue 14): head counts by jabatan/eselon, by employment
-- status, by golongan and by education level, as the LKIP's "Sumber Daya Manusia" section prints them. Kept by
-- the agency, not derived from the officials list, which holds only the structural heads.

CREATE TABLE komposisi_sdm (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL,
    perangkat_daerah_id BIGINT       NOT NULL,
    tahun               INT          NOT NULL,
    kategori            VARCHAR(40)  NOT NULL,
    jumlah              INT          NOT NULL,
    diubah_oleh         VARCHAR(60)  NOT NULL,
    diubah_pada         TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_komposisi_sdm_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_komposisi_sdm_kategori UNIQUE (tenant_id, perangkat_daerah_id, tahun, kategori),
    CONSTRAINT ck_komposisi_sdm_jumlah CHECK (jumlah BETWEEN 0 AND 100000),
    CONSTRAINT fk_komposisi_sdm_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_komposisi_sdm_pd FOREIGN KEY (tenant_id, perangkat_daerah_id)
        REFERENCES perangkat_daerah (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
