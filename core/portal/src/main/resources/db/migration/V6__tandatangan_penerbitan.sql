-- Signing keys of officials, BSrE settings per tenant, and the registry of issued documents.
-- Secrets (PKCS#12 files, BSrE credentials) are stored only as AES-GCM ciphertext under the portal's
-- master key (pkd.kunci-induk); passphrases are never stored.

CREATE TABLE kunci_pejabat (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    pejabat_id      BIGINT        NOT NULL,
    p12_terenkripsi MEDIUMBLOB    NOT NULL,
    nama_sertifikat VARCHAR(300)  NOT NULL,
    penerbit        VARCHAR(300)  NOT NULL,
    nomor_seri      VARCHAR(80)   NOT NULL,
    berlaku_mulai   TIMESTAMP(3)  NOT NULL,
    berlaku_sampai  TIMESTAMP(3)  NOT NULL,
    sertifikat      BLOB          NOT NULL,
    diunggah_oleh   VARCHAR(60)   NOT NULL,
    diunggah_pada   TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_kunci_pejabat_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_kunci_pejabat_pejabat UNIQUE (tenant_id, pejabat_id),
    CONSTRAINT fk_kunci_pejabat_pejabat FOREIGN KEY (tenant_id, pejabat_id) REFERENCES pejabat (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pengaturan_bsre (
    tenant_id            BIGINT        NOT NULL PRIMARY KEY,
    alamat               VARCHAR(500)  NOT NULL,
    pengguna_terenkripsi VARBINARY(600) NOT NULL,
    sandi_terenkripsi    VARBINARY(600) NOT NULL,
    aktif                BOOLEAN       NOT NULL,
    diubah_oleh          VARCHAR(60)   NOT NULL,
    diubah_pada          TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_pengaturan_bsre_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per issued version. The token in the QR link is random, so numbers cannot be guessed from it.
CREATE TABLE dokumen_terbit (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT        NOT NULL,
    nomor            VARCHAR(120)  NOT NULL,
    token            CHAR(32)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    jenis            VARCHAR(20)   NOT NULL,
    judul            VARCHAR(300)  NOT NULL,
    tahun            SMALLINT      NOT NULL,
    subjek_kode      VARCHAR(60)   NOT NULL,
    subjek_nama      VARCHAR(300)  NOT NULL,
    versi            INT           NOT NULL,
    nama_pemerintah  VARCHAR(200)  NOT NULL,
    status           VARCHAR(30)   NOT NULL,
    sha256           CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    pdf              LONGBLOB      NOT NULL,
    data_beku        LONGTEXT      NOT NULL,
    blok_tanda_tangan TEXT         NOT NULL,
    dibuat_oleh      VARCHAR(60)   NOT NULL,
    dibuat_pada      TIMESTAMP(3)  NOT NULL,
    terbit_pada      TIMESTAMP(3)  NULL,
    CONSTRAINT uk_dokumen_terbit_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_dokumen_terbit_nomor UNIQUE (nomor),
    CONSTRAINT uk_dokumen_terbit_token UNIQUE (token),
    CONSTRAINT uk_dokumen_terbit_versi UNIQUE (tenant_id, jenis, subjek_kode, tahun, versi),
    CONSTRAINT fk_dokumen_terbit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_dokumen_terbit_status CHECK (status IN ('MENUNGGU_TANDA_TANGAN', 'TERBIT')),
    INDEX ix_dokumen_terbit_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dokumen_tanda_tangan (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT        NOT NULL,
    dokumen_id          BIGINT        NOT NULL,
    urutan              INT           NOT NULL,
    pejabat_id          BIGINT        NOT NULL,
    nama                VARCHAR(200)  NOT NULL,
    nip                 CHAR(18)      NULL,
    peran               VARCHAR(100)  NOT NULL,
    jenis_penandatangan VARCHAR(20)   NOT NULL,
    ditandatangani_oleh VARCHAR(60)   NOT NULL,
    waktu               TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_dokumen_tanda_tangan_urutan UNIQUE (tenant_id, dokumen_id, urutan),
    CONSTRAINT fk_dokumen_tanda_tangan_dokumen FOREIGN KEY (tenant_id, dokumen_id) REFERENCES dokumen_terbit (tenant_id, id),
    CONSTRAINT fk_dokumen_tanda_tangan_pejabat FOREIGN KEY (tenant_id, pejabat_id) REFERENCES pejabat (tenant_id, id),
    CONSTRAINT ck_dokumen_tanda_tangan_jenis CHECK (jenis_penandatangan IN ('PKCS12', 'BSRE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
