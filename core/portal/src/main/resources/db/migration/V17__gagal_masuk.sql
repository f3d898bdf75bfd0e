-- Failed sign-ins for throttling, per account name and per client address. In the database (not in memory) so
-- every node of the portal sees the same count. Rows older than the window are pruned as new ones arrive.
CREATE TABLE gagal_masuk (
    id     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    jenis  VARCHAR(10)  NOT NULL,
    kunci  VARCHAR(120) NOT NULL,
    waktu  DATETIME(3)  NOT NULL,
    CONSTRAINT ck_gagal_masuk_jenis CHECK (jenis IN ('akun', 'alamat')),
    INDEX ix_gagal_masuk_kunci (jenis, kunci, waktu)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
