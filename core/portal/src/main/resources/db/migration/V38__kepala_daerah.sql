-- The head of region (Bupati, Wali Kota, Gubernur) for a term, and the Pj./Plt. who stands in. A head of region is
-- no civil servant: no NIP, no rank, no agency. They still sign (the LKJIP, the PK of a head of agency), and every
-- signature, signing key and signed-document row points at a pejabat row; so each term has one pejabat row of its
-- own without agency, NIP or rank, which the agency screens never list. The check keeps every agency official
-- complete as before.
ALTER TABLE pejabat
    MODIFY perangkat_daerah_id BIGINT NULL,
    MODIFY nip CHAR(18) NULL,
    MODIFY pangkat VARCHAR(60) NULL,
    MODIFY golongan VARCHAR(8) NULL,
    MODIFY eselon VARCHAR(5) NULL,
    ADD CONSTRAINT ck_pejabat_lengkap CHECK (
        perangkat_daerah_id IS NULL
        OR (nip IS NOT NULL AND pangkat IS NOT NULL AND golongan IS NOT NULL AND eselon IS NOT NULL));

-- pengguna_id: the account that signs as this head of region (a signer without NIP cannot be matched to an account
-- by NIP, as officials are); optional.
CREATE TABLE kepala_daerah (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT        NOT NULL,
    pejabat_id   BIGINT        NOT NULL,
    status       VARCHAR(9)    NOT NULL,
    jabatan      VARCHAR(300)  NOT NULL,
    nama         VARCHAR(200)  NOT NULL,
    wakil        VARCHAR(200)  NULL,
    mulai        DATE          NOT NULL,
    selesai      DATE          NOT NULL,
    pengguna_id  BIGINT        NULL,
    CONSTRAINT uk_kepala_daerah_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_kepala_daerah_pejabat UNIQUE (tenant_id, pejabat_id),
    CONSTRAINT fk_kepala_daerah_pejabat FOREIGN KEY (tenant_id, pejabat_id) REFERENCES pejabat (tenant_id, id),
    CONSTRAINT fk_kepala_daerah_pengguna FOREIGN KEY (pengguna_id) REFERENCES pengguna (id),
    CONSTRAINT ck_kepala_daerah_status CHECK (status IN ('DEFINITIF', 'PJ', 'PLT')),
    CONSTRAINT ck_kepala_daerah_masa CHECK (selesai >= mulai)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
