-- Free text of the formal documents (kata pengantar, pendahuluan, penutup, RKPD narrative),
-- written in the portal per agency, year and section, and the tenant's own logo for the covers.

CREATE TABLE teks_dokumen (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL,
    perangkat_daerah_id BIGINT       NOT NULL,
    tahun               INT          NOT NULL,
    bagian              VARCHAR(60)  NOT NULL,
    isi                 TEXT         NOT NULL,
    diubah_oleh         VARCHAR(60)  NOT NULL,
    diubah_pada         TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_teks_dokumen_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_teks_dokumen_bagian UNIQUE (tenant_id, perangkat_daerah_id, tahun, bagian),
    CONSTRAINT fk_teks_dokumen_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_teks_dokumen_pd FOREIGN KEY (tenant_id, perangkat_daerah_id)
        REFERENCES perangkat_daerah (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE logo_daerah (
    tenant_id   BIGINT       NOT NULL PRIMARY KEY,
    jenis       VARCHAR(20)  NOT NULL,
    isi         MEDIUMBLOB   NOT NULL,
    diubah_oleh VARCHAR(60)  NOT NULL,
    diubah_pada TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_logo_daerah_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
