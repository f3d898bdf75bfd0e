-- Issue 13, budget editor. The Permendagri 90/2019 nomenclature as versioned, portal-wide reference data: the
-- regulation changes (Kepmendagri 050-3708/2020, 050-5889/2021, ...), so rows belong to a version and a
-- tenant-year records the version its programs were built from. No tenant column: every region reads the same
-- list and none writes it; the rows are loaded at start from a resource file (NomenklaturAwal), idempotently.
CREATE TABLE nomenklatur_versi (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kode           VARCHAR(40)   NOT NULL,
    nama           VARCHAR(200)  NOT NULL,
    berlaku_mulai  SMALLINT      NOT NULL,
    CONSTRAINT uk_nomenklatur_versi_kode UNIQUE (kode)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nomenklatur (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    versi_id     BIGINT        NOT NULL,
    kode         VARCHAR(30)   NOT NULL,
    tingkat      VARCHAR(14)   NOT NULL,
    induk_kode   VARCHAR(30)   NULL,
    nomenklatur  VARCHAR(600)  NOT NULL,
    CONSTRAINT uk_nomenklatur_kode UNIQUE (versi_id, kode),
    CONSTRAINT fk_nomenklatur_versi FOREIGN KEY (versi_id) REFERENCES nomenklatur_versi (id),
    CONSTRAINT ck_nomenklatur_tingkat CHECK (
        tingkat IN ('URUSAN', 'BIDANG_URUSAN', 'PROGRAM', 'KEGIATAN', 'SUB_KEGIATAN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_nomenklatur_induk ON nomenklatur (versi_id, induk_kode);

-- The version a tenant-year's programs use: recorded when the year's first program is written, so a later
-- version shipped with the portal does not silently re-read an older year's codes.
CREATE TABLE nomenklatur_tahun (
    tenant_id  BIGINT    NOT NULL,
    tahun      SMALLINT  NOT NULL,
    versi_id   BIGINT    NOT NULL,
    PRIMARY KEY (tenant_id, tahun),
    CONSTRAINT fk_nomenklatur_tahun_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_nomenklatur_tahun_versi FOREIGN KEY (versi_id) REFERENCES nomenklatur_versi (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A sub kegiatan's spending per quarter (triwulan 1-4). program_kegiatan.realisasi stays the year's total that
-- the documents, the capaian engine and the plan export read; the editor writes it as the sum of the quarters.
CREATE TABLE realisasi_anggaran_triwulan (
    tenant_id            BIGINT         NOT NULL,
    program_kegiatan_id  BIGINT         NOT NULL,
    triwulan             TINYINT        NOT NULL,
    nilai                DECIMAL(19,2)  NOT NULL,
    PRIMARY KEY (tenant_id, program_kegiatan_id, triwulan),
    CONSTRAINT fk_realisasi_anggaran_triwulan FOREIGN KEY (tenant_id, program_kegiatan_id)
        REFERENCES program_kegiatan (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT ck_realisasi_anggaran_triwulan CHECK (triwulan BETWEEN 1 AND 4 AND nilai >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
