-- National or provincial figures an indicator is compared with in the LKIP's per-IKU analysis (issue 14: "with
-- national or provincial targets where recorded"): per indicator and year, one figure per level (nasional,
-- provinsi) and kind (target, realisasi), with the region it belongs to and its source. The seed compares Balangan's
-- IPG 2022 (92,33) with the realisasi of Provinsi Kalimantan Selatan (88,86).

CREATE TABLE pembanding_indikator (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT        NOT NULL,
    perangkat_daerah_id BIGINT        NOT NULL,
    indikator_id        BIGINT        NOT NULL,
    tahun               INT           NOT NULL,
    tingkat             VARCHAR(20)   NOT NULL,
    jenis               VARCHAR(20)   NOT NULL,
    wilayah             VARCHAR(120)  NOT NULL,
    nilai               DECIMAL(20,4) NOT NULL,
    sumber              VARCHAR(300)  NOT NULL,
    diubah_oleh         VARCHAR(60)   NOT NULL,
    diubah_pada         TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_pembanding_indikator_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_pembanding_indikator UNIQUE (tenant_id, indikator_id, tahun, tingkat, jenis),
    CONSTRAINT ck_pembanding_indikator_tingkat CHECK (tingkat IN ('NASIONAL', 'PROVINSI')),
    CONSTRAINT ck_pembanding_indikator_jenis CHECK (jenis IN ('TARGET', 'REALISASI')),
    CONSTRAINT fk_pembanding_indikator_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_pembanding_indikator_pd FOREIGN KEY (tenant_id, perangkat_daerah_id)
        REFERENCES perangkat_daerah (tenant_id, id),
    CONSTRAINT fk_pembanding_indikator_indikator FOREIGN KEY (tenant_id, indikator_id)
        REFERENCES indikator (tenant_id, id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
