-- A region's own certificate authority, created by the portal operator: it issues the officials' signing keys
-- of that region only. Its private key is kept only as AES-GCM ciphertext under the portal's master key
-- (pkd.kunci-induk); its certificate is also installed as the region's trust root (akar_tepercaya), which is
-- what verification trusts. One CA per region.
CREATE TABLE ca_daerah (
    tenant_id          BIGINT        NOT NULL PRIMARY KEY,
    akar_id            BIGINT        NOT NULL,
    nama               VARCHAR(300)  NOT NULL,
    algoritma          VARCHAR(20)   NOT NULL,
    kunci_terenkripsi  BLOB          NOT NULL,
    sertifikat         BLOB          NOT NULL,
    dibuat_oleh        VARCHAR(60)   NOT NULL,
    dibuat_pada        TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_ca_daerah_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_ca_daerah_akar FOREIGN KEY (akar_id) REFERENCES akar_tepercaya (id),
    CONSTRAINT ck_ca_daerah_algoritma CHECK (algoritma IN ('RSA_3072', 'EC_P256'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where an official's key came from: uploaded by the admin (opened with the official's passphrase at every
-- signature) or issued by the region's CA (no passphrase: the portal holds the only copy).
ALTER TABLE kunci_pejabat
    ADD COLUMN sumber VARCHAR(20) NOT NULL DEFAULT 'UNGGAH',
    ADD CONSTRAINT ck_kunci_pejabat_sumber CHECK (sumber IN ('UNGGAH', 'CA_DAERAH'));

ALTER TABLE dokumen_tanda_tangan DROP CONSTRAINT ck_dokumen_tanda_tangan_jenis;
ALTER TABLE dokumen_tanda_tangan
    ADD CONSTRAINT ck_dokumen_tanda_tangan_jenis CHECK (jenis_penandatangan IN ('PKCS12', 'BSRE', 'CA_DAERAH'));
