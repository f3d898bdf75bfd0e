-- The evidence images an agency picks per year for the LKIP's "Dokumentasi" attachment (issue 14), each with the
-- caption printed under it, in the order chosen. The image itself stays the evidence file (bukti_realisasi).

CREATE TABLE foto_dokumentasi (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL,
    perangkat_daerah_id BIGINT       NOT NULL,
    tahun               INT          NOT NULL,
    bukti_id            BIGINT       NOT NULL,
    keterangan          VARCHAR(80)  NOT NULL,
    urutan              INT          NOT NULL,
    diubah_oleh         VARCHAR(60)  NOT NULL,
    diubah_pada         TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_foto_dokumentasi_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_foto_dokumentasi_bukti UNIQUE (tenant_id, perangkat_daerah_id, tahun, bukti_id),
    CONSTRAINT fk_foto_dokumentasi_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_foto_dokumentasi_pd FOREIGN KEY (tenant_id, perangkat_daerah_id)
        REFERENCES perangkat_daerah (tenant_id, id),
    CONSTRAINT fk_foto_dokumentasi_bukti FOREIGN KEY (tenant_id, bukti_id) REFERENCES bukti_realisasi (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
