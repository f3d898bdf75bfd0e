-- After V12_1 every entry is chained: the chain columns become mandatory and unique per tenant.
ALTER TABLE jejak_audit
    MODIFY urut BIGINT NOT NULL,
    MODIFY hash_sebelum CHAR(64) NOT NULL,
    MODIFY hash CHAR(64) NOT NULL,
    ADD CONSTRAINT uq_jejak_audit_urut UNIQUE (tenant_id, urut);

-- Defence in depth: the portal only ever inserts into the trail. A DBA who drops these triggers can
-- still rewrite rows, which is what the hash chain and the anchors then reveal.
CREATE TRIGGER jejak_audit_tanpa_ubah BEFORE UPDATE ON jejak_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Jejak audit tidak boleh diubah.';

CREATE TRIGGER jejak_audit_tanpa_hapus BEFORE DELETE ON jejak_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Jejak audit tidak boleh dihapus.';

CREATE TRIGGER jejak_jangkar_tanpa_ubah BEFORE UPDATE ON jejak_jangkar FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Jangkar jejak audit tidak boleh diubah.';

CREATE TRIGGER jejak_jangkar_tanpa_hapus BEFORE DELETE ON jejak_jangkar FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Jangkar jejak audit tidak boleh dihapus.';
