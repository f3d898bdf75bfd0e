-- API tokens of a tenant for the JSON API under /api/v1. Only the SHA-256 of a token is stored; the
-- plaintext is shown once to the Admin Daerah who creates it. A revoked token stays as a record of
-- who revoked it and when.

CREATE TABLE api_token (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id         BIGINT       NOT NULL,
    nama              VARCHAR(100) NOT NULL,
    prefiks           VARCHAR(16)  NOT NULL,
    hash              CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    hak               VARCHAR(20)  NOT NULL,
    dibuat_oleh       VARCHAR(60)  NOT NULL,
    dibuat_pada       TIMESTAMP(3) NOT NULL,
    dicabut_pada      TIMESTAMP(3) NULL,
    dicabut_oleh      VARCHAR(60)  NULL,
    terakhir_dipakai  TIMESTAMP(3) NULL,
    -- The name of an active token; NULL once revoked, so a name can be reused after revocation.
    nama_aktif        VARCHAR(100) AS (CASE WHEN dicabut_pada IS NULL THEN nama END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_api_token_hash UNIQUE (hash),
    CONSTRAINT uk_api_token_nama_aktif UNIQUE (tenant_id, nama_aktif),
    CONSTRAINT fk_api_token_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_api_token_hak CHECK (hak IN ('BACA', 'BACA_TULIS')),
    CONSTRAINT ck_api_token_hash CHECK (hash REGEXP '^[0-9a-f]{64}$'),
    CONSTRAINT ck_api_token_dicabut CHECK ((dicabut_pada IS NULL) = (dicabut_oleh IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
