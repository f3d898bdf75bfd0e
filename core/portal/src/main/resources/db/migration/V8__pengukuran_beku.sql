-- The measured figures of an agency-year frozen when it is submitted (Diajukan) and kept through
-- Diverifikasi and Ditetapkan: the verifikator checks, the pimpinan sets and the documents print
-- exactly what was submitted, whatever later happens to plugin data, settings, sources or code.
-- A reopening retires the active version (kept, with who, when and why); a new freeze adds a
-- version. isi is the whole PengukuranKinerja as JSON, aturan the capaian rules in force, sha256
-- the digest of both so a row edited behind the portal's back is noticed when it is read.
CREATE TABLE pengukuran_beku (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL,
    perangkat_daerah_id BIGINT       NOT NULL,
    tahun               SMALLINT     NOT NULL,
    versi               INT          NOT NULL,
    isi                 LONGTEXT     NOT NULL,
    aturan              TEXT         NOT NULL,
    sha256              CHAR(64)     NOT NULL,
    alasan              TEXT         NOT NULL,
    dibuat_oleh         VARCHAR(60)  NOT NULL,
    dibuat_pada         TIMESTAMP(3) NOT NULL,
    aktif               BOOLEAN      NOT NULL,
    -- Set when an indicator was reopened: the year is live again, but under the frozen rules.
    aturan_tetap        BOOLEAN      NOT NULL DEFAULT FALSE,
    alasan_dilepas      TEXT         NULL,
    dilepas_oleh        VARCHAR(60)  NULL,
    dilepas_pada        TIMESTAMP(3) NULL,
    CONSTRAINT uk_pengukuran_beku_versi UNIQUE (tenant_id, perangkat_daerah_id, tahun, versi),
    CONSTRAINT fk_pengukuran_beku_pd FOREIGN KEY (tenant_id, perangkat_daerah_id)
        REFERENCES perangkat_daerah (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
