-- Tenants, their users and their plugin choice. Every tenant-owned table carries tenant_id NOT NULL
-- and refers to other tenant-owned rows through keys that include tenant_id, so a row can never
-- point into another tenant.

CREATE TABLE tenant (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kode_wilayah  VARCHAR(5)   NOT NULL,
    nama          VARCHAR(200) NOT NULL,
    jenis         VARCHAR(20)  NOT NULL,
    ibu_kota      VARCHAR(100) NULL,
    dibuat_pada   TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_tenant_kode_wilayah UNIQUE (kode_wilayah),
    CONSTRAINT ck_tenant_jenis CHECK (jenis IN ('PROVINSI', 'KABUPATEN', 'KOTA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE operator_portal (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(60)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    nama_lengkap   VARCHAR(200) NOT NULL,
    aktif          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_operator_portal_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pengguna (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT       NOT NULL,
    username       VARCHAR(60)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    nama_lengkap   VARCHAR(200) NOT NULL,
    peran          VARCHAR(20)  NOT NULL,
    nip            CHAR(18)     NULL,
    jabatan        VARCHAR(200) NULL,
    aktif          BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_pengguna_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_pengguna_username UNIQUE (username),
    CONSTRAINT fk_pengguna_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_pengguna_peran CHECK (peran IN ('ADMIN_DAERAH', 'OPERATOR', 'VERIFIKATOR', 'PIMPINAN', 'PENGAMAT')),
    CONSTRAINT ck_pengguna_nip CHECK (nip IS NULL OR nip REGEXP '^[0-9]{18}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plugin_daerah (
    tenant_id    BIGINT       NOT NULL,
    plugin_id    VARCHAR(64)  NOT NULL,
    aktif        BOOLEAN      NOT NULL,
    diubah_oleh  VARCHAR(60)  NOT NULL,
    diubah_pada  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id, plugin_id),
    CONSTRAINT fk_plugin_daerah_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
