-- Issue 15: nothing a node keeps on its own disk is needed by another node.
--
-- Uploaded file contents (evidence of a realisasi, a region's logo) in the database, the default store: every node
-- reads what another wrote, and the contents are replicated and backed up with the rows that name them. A file is
-- kept in pieces of at most 1 MiB, so no single row nears max_allowed_packet (16 MiB by default) or a Galera
-- write-set limit, whatever the upload limits are set to.
CREATE TABLE berkas (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT       NOT NULL,
    kunci         VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sha256        CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    ukuran        BIGINT       NOT NULL,
    disimpan_pada TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_berkas_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_berkas_kunci UNIQUE (tenant_id, kunci),
    CONSTRAINT fk_berkas_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE berkas_potongan (
    tenant_id BIGINT     NOT NULL,
    berkas_id BIGINT     NOT NULL,
    urutan    INT        NOT NULL,
    isi       MEDIUMBLOB NOT NULL,
    PRIMARY KEY (berkas_id, urutan),
    CONSTRAINT fk_berkas_potongan FOREIGN KEY (tenant_id, berkas_id) REFERENCES berkas (tenant_id, id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A logo's content moves into the store (at start, by the portal, which knows which store is configured); the
-- column keeps only what has not been moved yet.
ALTER TABLE logo_daerah MODIFY isi MEDIUMBLOB NULL;

-- Trusted roots only in the database. The demo CA becomes a portal-wide anchor flagged demo (trusted only where
-- demo data is), with its PKCS#12 (password in the code, demo only) so any node seeding demo data issues from the
-- same CA instead of creating one on its own disk.
ALTER TABLE akar_tepercaya
    ADD COLUMN demo       BOOLEAN    NOT NULL DEFAULT FALSE,
    ADD COLUMN kunci_demo MEDIUMBLOB NULL;
