-- The SAKIP calendar of a tenant (PermenPANRB 53/2014): the day of the month each deadline falls on.
-- No row means the defaults below. A day past the month's end means its last day (31 in February: 28 or 29).
CREATE TABLE kalender_sakip (
    tenant_id        BIGINT       NOT NULL PRIMARY KEY,
    pk_bulan         TINYINT      NOT NULL DEFAULT 1,
    pk_hari          TINYINT      NOT NULL DEFAULT 31,
    monitoring_hari  TINYINT      NOT NULL DEFAULT 15,
    lkip_bulan       TINYINT      NOT NULL DEFAULT 2,
    lkip_hari        TINYINT      NOT NULL DEFAULT 31,
    lkjip_bulan      TINYINT      NOT NULL DEFAULT 3,
    lkjip_hari       TINYINT      NOT NULL DEFAULT 31,
    diubah_oleh      VARCHAR(60)  NOT NULL,
    diubah_pada      TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_kalender_sakip_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_kalender_sakip_bulan CHECK (
        pk_bulan BETWEEN 1 AND 12 AND lkip_bulan BETWEEN 1 AND 12 AND lkjip_bulan BETWEEN 1 AND 12),
    CONSTRAINT ck_kalender_sakip_hari CHECK (
        pk_hari BETWEEN 1 AND 31 AND lkip_hari BETWEEN 1 AND 31 AND lkjip_hari BETWEEN 1 AND 31
        AND monitoring_hari BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
