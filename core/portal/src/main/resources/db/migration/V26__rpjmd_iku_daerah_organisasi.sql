-- The region's own indicators (IKU Kepala Daerah) of an RPJMD period, with a target per year of the period. They
-- belong to the region, not to an agency, so they do not share the agencies' indikator table (whose rows all have an
-- agency, an approval and realisasi per agency). The misi stay lines of periode_rpjmd.misi: their order is the line
-- order, which the editor keeps.
CREATE TABLE iku_daerah (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      BIGINT        NOT NULL,
    periode_id     BIGINT        NOT NULL,
    urutan         INT           NOT NULL,
    kode           VARCHAR(40)   NOT NULL,
    nama           VARCHAR(600)  NOT NULL,
    satuan         VARCHAR(40)   NOT NULL,
    polaritas      VARCHAR(30)   NOT NULL,
    varian_rendah  CHAR(1)       NULL,
    kondisi_awal   DECIMAL(20,4) NULL,
    kondisi_akhir  DECIMAL(20,4) NULL,
    CONSTRAINT uk_iku_daerah_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_iku_daerah_kode UNIQUE (tenant_id, periode_id, kode),
    CONSTRAINT fk_iku_daerah_periode FOREIGN KEY (tenant_id, periode_id) REFERENCES periode_rpjmd (tenant_id, id),
    CONSTRAINT ck_iku_daerah_polaritas CHECK (polaritas IN ('SEMAKIN_TINGGI_SEMAKIN_BAIK', 'SEMAKIN_RENDAH_SEMAKIN_BAIK')),
    CONSTRAINT ck_iku_daerah_varian CHECK (
        (polaritas = 'SEMAKIN_TINGGI_SEMAKIN_BAIK' AND varian_rendah IS NULL)
        OR (polaritas = 'SEMAKIN_RENDAH_SEMAKIN_BAIK' AND varian_rendah IN ('A', 'B')))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target_iku_daerah (
    tenant_id      BIGINT        NOT NULL,
    iku_daerah_id  BIGINT        NOT NULL,
    tahun          SMALLINT      NOT NULL,
    nilai          DECIMAL(20,4) NOT NULL,
    PRIMARY KEY (iku_daerah_id, tahun),
    CONSTRAINT fk_target_iku_daerah FOREIGN KEY (tenant_id, iku_daerah_id) REFERENCES iku_daerah (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The urusan (Permendagri 90/2019 code, e.g. 1.06) an agency holds; one agency may hold several.
CREATE TABLE urusan_perangkat_daerah (
    tenant_id            BIGINT      NOT NULL,
    perangkat_daerah_id  BIGINT      NOT NULL,
    urusan               VARCHAR(5)  NOT NULL,
    PRIMARY KEY (tenant_id, perangkat_daerah_id, urusan),
    CONSTRAINT fk_urusan_pd FOREIGN KEY (tenant_id, perangkat_daerah_id) REFERENCES perangkat_daerah (tenant_id, id),
    CONSTRAINT ck_urusan_pd_kode CHECK (urusan REGEXP '^[0-9]\\.[0-9]{2}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An assignment to a position now also records the definitive holder, so the rule "one definitive holder of a
-- position at a time" can be checked beside the Plt / Plh who act for it.
ALTER TABLE pelaksana
    DROP CONSTRAINT ck_pelaksana_jenis,
    MODIFY jenis VARCHAR(9) NOT NULL,
    ADD CONSTRAINT ck_pelaksana_jenis CHECK (jenis IN ('DEFINITIF', 'PLT', 'PLH'));
