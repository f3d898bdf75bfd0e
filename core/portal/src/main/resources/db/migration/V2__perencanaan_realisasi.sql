-- Planning and accountability: agencies and officials, RPJMD and Renstra, Perjanjian Kinerja,
-- programs and budgets, realisasi with evidence, approval and the audit trail.
-- Every row carries tenant_id, and every reference between tenant-owned rows is a composite key
-- (tenant_id, id), so no row can point into another tenant.

CREATE TABLE pengaturan_capaian (
    tenant_id            BIGINT       NOT NULL PRIMARY KEY,
    batas_sangat_tinggi  DECIMAL(7,2) NOT NULL,
    batas_tinggi         DECIMAL(7,2) NOT NULL,
    batas_sedang         DECIMAL(7,2) NOT NULL,
    batas_rendah         DECIMAL(7,2) NOT NULL,
    pembulatan           VARCHAR(10)  NOT NULL,
    diubah_oleh          VARCHAR(60)  NOT NULL,
    diubah_pada          TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_pengaturan_capaian_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_pengaturan_capaian_urut CHECK (
        batas_sangat_tinggi > batas_tinggi AND batas_tinggi > batas_sedang AND batas_sedang > batas_rendah),
    CONSTRAINT ck_pengaturan_capaian_pembulatan CHECK (pembulatan IN ('HALF_UP', 'POTONG'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE periode_rpjmd (
    id           BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT   NOT NULL,
    tahun_awal   SMALLINT NOT NULL,
    tahun_akhir  SMALLINT NOT NULL,
    visi         TEXT     NOT NULL,
    misi         TEXT     NOT NULL,
    CONSTRAINT uk_periode_rpjmd_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_periode_rpjmd_awal UNIQUE (tenant_id, tahun_awal),
    CONSTRAINT fk_periode_rpjmd_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_periode_rpjmd_tahun CHECK (tahun_akhir > tahun_awal AND tahun_akhir - tahun_awal <= 6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE perangkat_daerah (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT       NOT NULL,
    kode       VARCHAR(40)  NOT NULL,
    nama       VARCHAR(300) NOT NULL,
    singkatan  VARCHAR(100) NULL,
    CONSTRAINT uk_perangkat_daerah_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_perangkat_daerah_kode UNIQUE (tenant_id, kode),
    CONSTRAINT fk_perangkat_daerah_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bidang (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id            BIGINT       NOT NULL,
    perangkat_daerah_id  BIGINT       NOT NULL,
    kode                 VARCHAR(30)  NOT NULL,
    nama                 VARCHAR(300) NOT NULL,
    CONSTRAINT uk_bidang_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_bidang_kode UNIQUE (tenant_id, perangkat_daerah_id, kode),
    CONSTRAINT fk_bidang_pd FOREIGN KEY (tenant_id, perangkat_daerah_id) REFERENCES perangkat_daerah (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pejabat (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id            BIGINT       NOT NULL,
    perangkat_daerah_id  BIGINT       NOT NULL,
    bidang_id            BIGINT       NULL,
    atasan_id            BIGINT       NULL,
    nip                  CHAR(18)     NOT NULL,
    nama                 VARCHAR(200) NOT NULL,
    pangkat              VARCHAR(60)  NOT NULL,
    golongan             VARCHAR(8)   NOT NULL,
    jabatan              VARCHAR(300) NOT NULL,
    eselon               VARCHAR(5)   NOT NULL,
    CONSTRAINT uk_pejabat_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_pejabat_nip UNIQUE (tenant_id, nip),
    CONSTRAINT fk_pejabat_pd FOREIGN KEY (tenant_id, perangkat_daerah_id) REFERENCES perangkat_daerah (tenant_id, id),
    CONSTRAINT fk_pejabat_bidang FOREIGN KEY (tenant_id, bidang_id) REFERENCES bidang (tenant_id, id),
    CONSTRAINT fk_pejabat_atasan FOREIGN KEY (tenant_id, atasan_id) REFERENCES pejabat (tenant_id, id),
    CONSTRAINT ck_pejabat_nip CHECK (nip REGEXP '^[0-9]{18}$'),
    CONSTRAINT ck_pejabat_eselon CHECK (eselon IN ('II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', 'JF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Plt / Plh: an official acting for a position for a period.
CREATE TABLE pelaksana (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    pejabat_id  BIGINT       NOT NULL,
    jenis       VARCHAR(3)   NOT NULL,
    jabatan     VARCHAR(300) NOT NULL,
    mulai       DATE         NOT NULL,
    selesai     DATE         NOT NULL,
    CONSTRAINT fk_pelaksana_pejabat FOREIGN KEY (tenant_id, pejabat_id) REFERENCES pejabat (tenant_id, id),
    CONSTRAINT ck_pelaksana_jenis CHECK (jenis IN ('PLT', 'PLH')),
    CONSTRAINT ck_pelaksana_tanggal CHECK (selesai >= mulai)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tujuan (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id            BIGINT      NOT NULL,
    perangkat_daerah_id  BIGINT      NOT NULL,
    periode_id           BIGINT      NOT NULL,
    kode                 VARCHAR(20) NOT NULL,
    uraian               TEXT        NOT NULL,
    CONSTRAINT uk_tujuan_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_tujuan_kode UNIQUE (tenant_id, perangkat_daerah_id, periode_id, kode),
    CONSTRAINT fk_tujuan_pd FOREIGN KEY (tenant_id, perangkat_daerah_id) REFERENCES perangkat_daerah (tenant_id, id),
    CONSTRAINT fk_tujuan_periode FOREIGN KEY (tenant_id, periode_id) REFERENCES periode_rpjmd (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sasaran (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT      NOT NULL,
    tujuan_id    BIGINT      NOT NULL,
    kode         VARCHAR(20) NOT NULL,
    uraian       TEXT        NOT NULL,
    urusan       VARCHAR(5)  NULL,
    CONSTRAINT uk_sasaran_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_sasaran_kode UNIQUE (tenant_id, tujuan_id, kode),
    CONSTRAINT fk_sasaran_tujuan FOREIGN KEY (tenant_id, tujuan_id) REFERENCES tujuan (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Renstra indicators (sasaran_id set) and the agency's other PK indicators (sasaran_id NULL) share
-- one table, so realisasi, capaian and approval treat them alike.
CREATE TABLE indikator (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id            BIGINT        NOT NULL,
    perangkat_daerah_id  BIGINT        NOT NULL,
    periode_id           BIGINT        NOT NULL,
    sasaran_id           BIGINT        NULL,
    kode                 VARCHAR(40)   NOT NULL,
    nama                 VARCHAR(600)  NOT NULL,
    satuan               VARCHAR(40)   NOT NULL,
    polaritas            VARCHAR(30)   NOT NULL,
    varian_rendah        CHAR(1)       NULL,
    kondisi_awal         DECIMAL(20,4) NULL,
    kondisi_akhir        DECIMAL(20,4) NULL,
    sumber_data          VARCHAR(300)  NULL,
    CONSTRAINT uk_indikator_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_indikator_kode UNIQUE (tenant_id, perangkat_daerah_id, periode_id, kode),
    CONSTRAINT fk_indikator_pd FOREIGN KEY (tenant_id, perangkat_daerah_id) REFERENCES perangkat_daerah (tenant_id, id),
    CONSTRAINT fk_indikator_periode FOREIGN KEY (tenant_id, periode_id) REFERENCES periode_rpjmd (tenant_id, id),
    CONSTRAINT fk_indikator_sasaran FOREIGN KEY (tenant_id, sasaran_id) REFERENCES sasaran (tenant_id, id),
    CONSTRAINT ck_indikator_polaritas CHECK (polaritas IN ('SEMAKIN_TINGGI_SEMAKIN_BAIK', 'SEMAKIN_RENDAH_SEMAKIN_BAIK')),
    CONSTRAINT ck_indikator_varian CHECK (
        (polaritas = 'SEMAKIN_TINGGI_SEMAKIN_BAIK' AND varian_rendah IS NULL)
        OR (polaritas = 'SEMAKIN_RENDAH_SEMAKIN_BAIK' AND varian_rendah IN ('A', 'B')))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target_indikator (
    tenant_id     BIGINT        NOT NULL,
    indikator_id  BIGINT        NOT NULL,
    tahun         SMALLINT      NOT NULL,
    nilai         DECIMAL(20,4) NOT NULL,
    PRIMARY KEY (indikator_id, tahun),
    CONSTRAINT fk_target_indikator FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE perjanjian_kinerja (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id               BIGINT       NOT NULL,
    perangkat_daerah_id     BIGINT       NOT NULL,
    tahun                   SMALLINT     NOT NULL,
    pejabat_id              BIGINT       NOT NULL,
    pihak_kedua_pejabat_id  BIGINT       NULL,
    pihak_kedua_nama        VARCHAR(200) NULL,
    pihak_kedua_jabatan     VARCHAR(300) NULL,
    CONSTRAINT uk_pk_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_pk_pejabat_tahun UNIQUE (tenant_id, pejabat_id, tahun),
    CONSTRAINT fk_pk_pd FOREIGN KEY (tenant_id, perangkat_daerah_id) REFERENCES perangkat_daerah (tenant_id, id),
    CONSTRAINT fk_pk_pejabat FOREIGN KEY (tenant_id, pejabat_id) REFERENCES pejabat (tenant_id, id),
    CONSTRAINT fk_pk_pihak_kedua FOREIGN KEY (tenant_id, pihak_kedua_pejabat_id) REFERENCES pejabat (tenant_id, id),
    CONSTRAINT ck_pk_pihak_kedua CHECK (pihak_kedua_pejabat_id IS NOT NULL OR pihak_kedua_nama IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pk_sasaran (
    id                     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id              BIGINT      NOT NULL,
    perjanjian_kinerja_id  BIGINT      NOT NULL,
    urutan                 INT         NOT NULL,
    kode                   VARCHAR(30) NOT NULL,
    uraian                 TEXT        NOT NULL,
    sasaran_renstra_id     BIGINT      NULL,
    sasaran_atasan_id      BIGINT      NULL,
    CONSTRAINT uk_pk_sasaran_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_pk_sasaran_pk FOREIGN KEY (tenant_id, perjanjian_kinerja_id) REFERENCES perjanjian_kinerja (tenant_id, id),
    CONSTRAINT fk_pk_sasaran_renstra FOREIGN KEY (tenant_id, sasaran_renstra_id) REFERENCES sasaran (tenant_id, id),
    CONSTRAINT fk_pk_sasaran_atasan FOREIGN KEY (tenant_id, sasaran_atasan_id) REFERENCES pk_sasaran (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pk_indikator (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      BIGINT        NOT NULL,
    pk_sasaran_id  BIGINT        NOT NULL,
    urutan         INT           NOT NULL,
    indikator_id   BIGINT        NOT NULL,
    target         DECIMAL(20,4) NOT NULL,
    CONSTRAINT fk_pk_indikator_sasaran FOREIGN KEY (tenant_id, pk_sasaran_id) REFERENCES pk_sasaran (tenant_id, id),
    CONSTRAINT fk_pk_indikator_indikator FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Program, kegiatan and sub kegiatan of one agency for one year. Rupiah amounts are DECIMAL and
-- live only on sub kegiatan: kegiatan and program totals are computed, never stored.
CREATE TABLE program_kegiatan (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id            BIGINT        NOT NULL,
    perangkat_daerah_id  BIGINT        NOT NULL,
    tahun                SMALLINT      NOT NULL,
    tingkat              VARCHAR(12)   NOT NULL,
    induk_id             BIGINT        NULL,
    urutan               INT           NOT NULL,
    kode                 VARCHAR(30)   NOT NULL,
    nama                 VARCHAR(600)  NOT NULL,
    sumber_dana          VARCHAR(20)   NULL,
    anggaran             DECIMAL(19,2) NULL,
    realisasi            DECIMAL(19,2) NULL,
    CONSTRAINT uk_program_kegiatan_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_program_kegiatan_kode UNIQUE (tenant_id, perangkat_daerah_id, tahun, kode),
    CONSTRAINT fk_program_kegiatan_pd FOREIGN KEY (tenant_id, perangkat_daerah_id) REFERENCES perangkat_daerah (tenant_id, id),
    CONSTRAINT fk_program_kegiatan_induk FOREIGN KEY (tenant_id, induk_id) REFERENCES program_kegiatan (tenant_id, id),
    CONSTRAINT ck_program_kegiatan_tingkat CHECK (tingkat IN ('PROGRAM', 'KEGIATAN', 'SUB_KEGIATAN')),
    CONSTRAINT ck_program_kegiatan_rupiah CHECK (
        (tingkat = 'SUB_KEGIATAN' AND anggaran >= 0 AND realisasi >= 0 AND sumber_dana IS NOT NULL)
        OR (tingkat <> 'SUB_KEGIATAN' AND anggaran IS NULL AND realisasi IS NULL)),
    CONSTRAINT ck_program_kegiatan_sumber CHECK (
        sumber_dana IS NULL OR sumber_dana IN ('APBD_KABUPATEN_KOTA', 'APBD_PROVINSI', 'APBN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indikator_program (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id            BIGINT        NOT NULL,
    program_kegiatan_id  BIGINT        NOT NULL,
    urutan               INT           NOT NULL,
    nama                 VARCHAR(600)  NOT NULL,
    satuan               VARCHAR(40)   NOT NULL,
    target               DECIMAL(20,4) NULL,
    realisasi            DECIMAL(20,4) NULL,
    CONSTRAINT fk_indikator_program FOREIGN KEY (tenant_id, program_kegiatan_id) REFERENCES program_kegiatan (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per indicator, year and triwulan (0 = the whole year). The value is either entered
-- (nilai) or computed from pembilang / penyebut × skala; never both.
CREATE TABLE realisasi_indikator (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id              BIGINT        NOT NULL,
    indikator_id           BIGINT        NOT NULL,
    tahun                  SMALLINT      NOT NULL,
    triwulan               TINYINT       NOT NULL,
    nilai                  DECIMAL(20,4) NULL,
    pembilang              DECIMAL(20,4) NULL,
    penyebut               DECIMAL(20,4) NULL,
    skala                  DECIMAL(12,0) NULL,
    upaya                  TEXT          NULL,
    hambatan               TEXT          NULL,
    rencana_tindak_lanjut  TEXT          NULL,
    diubah_oleh            VARCHAR(60)   NOT NULL,
    diubah_pada            TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_realisasi_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_realisasi_periode UNIQUE (tenant_id, indikator_id, tahun, triwulan),
    CONSTRAINT fk_realisasi_indikator FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator (tenant_id, id),
    CONSTRAINT ck_realisasi_triwulan CHECK (triwulan BETWEEN 0 AND 4),
    CONSTRAINT ck_realisasi_sumber CHECK (
        (nilai IS NOT NULL AND pembilang IS NULL AND penyebut IS NULL AND skala IS NULL)
        OR (nilai IS NULL AND pembilang >= 0 AND penyebut > 0 AND skala > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bukti_realisasi (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT       NOT NULL,
    realisasi_id     BIGINT       NOT NULL,
    nama_berkas      VARCHAR(255) NOT NULL,
    jenis            VARCHAR(10)  NOT NULL,
    ukuran           BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    diunggah_oleh    VARCHAR(60)  NOT NULL,
    diunggah_pada    TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_bukti_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_bukti_realisasi FOREIGN KEY (tenant_id, realisasi_id) REFERENCES realisasi_indikator (tenant_id, id),
    CONSTRAINT ck_bukti_jenis CHECK (jenis IN ('PDF', 'JPEG', 'PNG', 'XLSX'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Approval of one agency's realisasi for one year. No row means DRAFT.
CREATE TABLE persetujuan (
    tenant_id            BIGINT       NOT NULL,
    perangkat_daerah_id  BIGINT       NOT NULL,
    tahun                SMALLINT     NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    alasan               TEXT         NULL,
    diubah_oleh          VARCHAR(60)  NOT NULL,
    diubah_pada          TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id, perangkat_daerah_id, tahun),
    CONSTRAINT fk_persetujuan_pd FOREIGN KEY (tenant_id, perangkat_daerah_id) REFERENCES perangkat_daerah (tenant_id, id),
    CONSTRAINT ck_persetujuan_status CHECK (status IN ('DRAFT', 'DIAJUKAN', 'DIVERIFIKASI', 'DITOLAK', 'DITETAPKAN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A single indicator of a locked (DITETAPKAN) agency-year reopened by the tenant admin.
CREATE TABLE pembukaan_indikator (
    tenant_id     BIGINT       NOT NULL,
    indikator_id  BIGINT       NOT NULL,
    tahun         SMALLINT     NOT NULL,
    alasan        TEXT         NOT NULL,
    dibuka_oleh   VARCHAR(60)  NOT NULL,
    dibuka_pada   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id, indikator_id, tahun),
    CONSTRAINT fk_pembukaan_indikator FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE jejak_audit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    jenis_data  VARCHAR(40)  NOT NULL,
    data_id     BIGINT       NOT NULL,
    isian       VARCHAR(60)  NOT NULL,
    nilai_lama  TEXT         NULL,
    nilai_baru  TEXT         NULL,
    oleh        VARCHAR(60)  NOT NULL,
    pada        TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_jejak_audit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_jejak_audit_data (tenant_id, jenis_data, data_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
