-- Trust anchors of signatures, installed by the portal operator: a tenant's own CA (tenant_id set) or a
-- portal-wide root such as the BSrE/Kominfo root (tenant_id NULL). An official's certificate is trusted only
-- through a chain to one of these, never because it was uploaded.
CREATE TABLE akar_tepercaya (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT        NULL,
    nama          VARCHAR(300)  NOT NULL,
    sha256        CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sertifikat    BLOB          NOT NULL,
    dipasang_oleh VARCHAR(60)   NOT NULL,
    dipasang_pada TIMESTAMP(3)  NOT NULL,
    KEY ix_akar_tepercaya_tenant (tenant_id),
    CONSTRAINT fk_akar_tepercaya_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
