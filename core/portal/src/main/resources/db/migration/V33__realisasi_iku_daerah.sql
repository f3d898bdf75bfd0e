-- The realisasi of an IKU Kepala Daerah per year: the region's own figure, entered on the RPJMD screen. The
-- agencies' indicators carry no link to the region's, so it is not derived; the LKJIP measures it against
-- target_iku_daerah through the one capaian formula.
CREATE TABLE realisasi_iku_daerah (
    tenant_id      BIGINT        NOT NULL,
    iku_daerah_id  BIGINT        NOT NULL,
    tahun          SMALLINT      NOT NULL,
    nilai          DECIMAL(20,4) NOT NULL,
    PRIMARY KEY (iku_daerah_id, tahun),
    CONSTRAINT fk_realisasi_iku_daerah FOREIGN KEY (tenant_id, iku_daerah_id) REFERENCES iku_daerah (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
