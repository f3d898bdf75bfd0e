-- The region's own tujuan and sasaran of an RPJMD period. A tujuan hangs on a misi by its number (misi_ke), since the
-- misi stay numbered lines of periode_rpjmd.misi; the period's save refuses to drop a misi a tujuan still hangs on.
CREATE TABLE tujuan_rpjmd (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    periode_id  BIGINT       NOT NULL,
    misi_ke     INT          NOT NULL,
    urutan      INT          NOT NULL,
    kode        VARCHAR(40)  NOT NULL,
    uraian      TEXT         NOT NULL,
    CONSTRAINT uk_tujuan_rpjmd_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_tujuan_rpjmd_kode UNIQUE (tenant_id, periode_id, kode),
    CONSTRAINT fk_tujuan_rpjmd_periode FOREIGN KEY (tenant_id, periode_id) REFERENCES periode_rpjmd (tenant_id, id),
    CONSTRAINT ck_tujuan_rpjmd_misi CHECK (misi_ke BETWEEN 1 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The period is repeated from the tujuan so a code is unique across the period's sasaran, the key the agencies'
-- links and the plan file name them by.
CREATE TABLE sasaran_rpjmd (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    periode_id  BIGINT       NOT NULL,
    tujuan_id   BIGINT       NOT NULL,
    urutan      INT          NOT NULL,
    kode        VARCHAR(40)  NOT NULL,
    uraian      TEXT         NOT NULL,
    CONSTRAINT uk_sasaran_rpjmd_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_sasaran_rpjmd_kode UNIQUE (tenant_id, periode_id, kode),
    CONSTRAINT fk_sasaran_rpjmd_tujuan FOREIGN KEY (tenant_id, tujuan_id) REFERENCES tujuan_rpjmd (tenant_id, id),
    CONSTRAINT fk_sasaran_rpjmd_periode FOREIGN KEY (tenant_id, periode_id) REFERENCES periode_rpjmd (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Nullable links: the IKU Kepala Daerah and the agencies' Renstra sasaran of before stay valid unlinked.
ALTER TABLE iku_daerah
    ADD COLUMN sasaran_rpjmd_id BIGINT NULL,
    ADD CONSTRAINT fk_iku_daerah_sasaran_rpjmd FOREIGN KEY (tenant_id, sasaran_rpjmd_id)
        REFERENCES sasaran_rpjmd (tenant_id, id);

ALTER TABLE sasaran
    ADD COLUMN sasaran_rpjmd_id BIGINT NULL,
    ADD CONSTRAINT fk_sasaran_sasaran_rpjmd FOREIGN KEY (tenant_id, sasaran_rpjmd_id)
        REFERENCES sasaran_rpjmd (tenant_id, id);
