-- In-app notifications: one row per recipient, written in the transaction of the step that caused it (a
-- submission moved, a document waits for a signature), so a rolled-back step leaves none behind.
CREATE TABLE notifikasi (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT        NOT NULL,
    pengguna_id  BIGINT        NOT NULL,
    pesan        VARCHAR(600)  NOT NULL,
    tautan       VARCHAR(200)  NOT NULL,
    dibuat_pada  TIMESTAMP(6)  NOT NULL,
    dibaca_pada  TIMESTAMP(6)  NULL,
    CONSTRAINT fk_notifikasi_pengguna FOREIGN KEY (tenant_id, pengguna_id) REFERENCES pengguna (tenant_id, id),
    INDEX ix_notifikasi_pengguna (tenant_id, pengguna_id, dibaca_pada, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
