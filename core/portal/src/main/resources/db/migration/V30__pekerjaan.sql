-- Rendering and signing jobs as rows, so any portal node can run them and a job outlives the node that took it.
-- Times are UTC (DATETIME, written with UTC_TIMESTAMP() by the database), so nodes with skewed clocks agree on
-- when a lease ran out.
CREATE TABLE pekerjaan (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    jenis         VARCHAR(30)   NOT NULL,
    parameter     VARCHAR(4000) NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    kemajuan      TINYINT       NOT NULL DEFAULT 0,
    langkah       VARCHAR(200)  NULL,
    -- the node whose memory holds what the job needs and the database must not (a signing passphrase): only it
    -- may take the job while its lease holds
    hanya_simpul  VARCHAR(80)   NULL,
    diajukan_di   VARCHAR(80)   NOT NULL,
    diklaim_oleh  VARCHAR(80)   NULL,
    sewa_sampai   DATETIME(3)   NULL,
    percobaan     INT           NOT NULL DEFAULT 0,
    rujukan       BIGINT        NULL,
    galat         VARCHAR(500)  NULL,
    dibuat_oleh   VARCHAR(60)   NOT NULL,
    peran         VARCHAR(20)   NOT NULL,
    dibuat_pada   DATETIME(3)   NOT NULL,
    mulai_pada    DATETIME(3)   NULL,
    selesai_pada  DATETIME(3)   NULL,
    CONSTRAINT fk_pekerjaan_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_pekerjaan_status CHECK (status IN ('MENUNGGU', 'BERJALAN', 'SELESAI', 'GAGAL')),
    CONSTRAINT ck_pekerjaan_kemajuan CHECK (kemajuan BETWEEN 0 AND 100),
    INDEX ix_pekerjaan_antre (status, id),
    INDEX ix_pekerjaan_tenant (tenant_id, status),
    INDEX ix_pekerjaan_pengaju (tenant_id, dibuat_oleh, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rendered draft, kept until it expires; the job row stays small for the pollers.
CREATE TABLE pekerjaan_hasil (
    pekerjaan_id   BIGINT        NOT NULL PRIMARY KEY,
    tenant_id      BIGINT        NOT NULL,
    nama_berkas    VARCHAR(200)  NOT NULL,
    mime           VARCHAR(120)  NOT NULL,
    jumlah_halaman INT           NOT NULL,
    isi            LONGBLOB      NOT NULL,
    kedaluwarsa    DATETIME(3)   NOT NULL,
    CONSTRAINT fk_pekerjaan_hasil FOREIGN KEY (pekerjaan_id) REFERENCES pekerjaan (id) ON DELETE CASCADE,
    INDEX ix_pekerjaan_hasil_kedaluwarsa (kedaluwarsa)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per tenant, locked by every submission and claim of its jobs: the per-tenant bounds are then exact
-- across nodes without locking the tenant row other work reads.
CREATE TABLE pekerjaan_kuota (
    tenant_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_pekerjaan_kuota_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB;

-- The job that issued a version: a job run again after its node died finds its document instead of taking a
-- second number.
ALTER TABLE dokumen_terbit
    ADD COLUMN pekerjaan_id BIGINT NULL,
    ADD CONSTRAINT uk_dokumen_terbit_pekerjaan UNIQUE (pekerjaan_id);
