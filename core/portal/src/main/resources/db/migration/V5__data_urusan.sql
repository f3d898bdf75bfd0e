-- Urusan plugins: the rows of their forms, stored generically per tenant, plugin, form and year,
-- and the link making a plugin's computed indicator the realisasi source of a planning indicator.

CREATE TABLE data_urusan (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT       NOT NULL,
    plugin_id    VARCHAR(64)  NOT NULL,
    formulir     VARCHAR(64)  NOT NULL,
    -- 0 for forms that are not yearly (registers)
    tahun        SMALLINT     NOT NULL,
    urutan       INT          NOT NULL,
    -- the reference item of a row in a form broken down by a reference list, else NULL
    rincian      VARCHAR(120) NULL,
    -- field code to canonical text (plain decimals, ISO dates, reference codes)
    isian        LONGTEXT     NOT NULL,
    diubah_oleh  VARCHAR(60)  NOT NULL,
    diubah_pada  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_data_urusan_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_data_urusan_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_data_urusan_isian CHECK (JSON_VALID(isian)),
    INDEX ix_data_urusan_formulir (tenant_id, plugin_id, formulir, tahun)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "plugin-id/indikator-kode": the realisasi of this indicator is computed from the plugin's data.
ALTER TABLE indikator ADD COLUMN sumber_realisasi VARCHAR(140) NULL;
