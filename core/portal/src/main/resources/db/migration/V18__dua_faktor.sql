-- The second factor (TOTP, RFC 6238) of an account, tenant user or portal operator. One row per enrolled account;
-- no row means not enrolled. The secret is encrypted under the portal master key (AES-256-GCM, bound to the
-- account), never stored in clear. langkah_terakhir is the last 30-second step a code was accepted for: a code of
-- that step or an earlier one is refused (replay).
CREATE TABLE dua_faktor (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    jenis_akun        VARCHAR(10)   NOT NULL,
    akun_id           BIGINT        NOT NULL,
    rahasia           VARBINARY(128) NOT NULL,
    terdaftar_pada    DATETIME(3)   NOT NULL,
    langkah_terakhir  BIGINT        NULL,
    CONSTRAINT ck_dua_faktor_jenis CHECK (jenis_akun IN ('pengguna', 'operator')),
    CONSTRAINT uk_dua_faktor_akun UNIQUE (jenis_akun, akun_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recovery codes, ten per enrolment, each usable once. Only SHA-256 of a per-code random salt and the code is kept;
-- the codes are shown once, at enrolment or when they are made anew (which deletes the old ones).
CREATE TABLE kode_pemulihan (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    jenis_akun    VARCHAR(10)  NOT NULL,
    akun_id       BIGINT       NOT NULL,
    garam         BINARY(16)   NOT NULL,
    hash          BINARY(32)   NOT NULL,
    dipakai_pada  DATETIME(3)  NULL,
    CONSTRAINT ck_kode_pemulihan_jenis CHECK (jenis_akun IN ('pengguna', 'operator')),
    INDEX ix_kode_pemulihan_akun (jenis_akun, akun_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
