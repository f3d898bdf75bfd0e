-- The tenant's capaian rules and frozen measurements under a version too (issue 16), as V43 did for the plan and the
-- urusan data: measuring one row again after a save read both tables every time (two of its round trips). They change
-- when an admin changes the rules and when a year is submitted, approved or reopened; every write of a row of them,
-- by whichever path, changes the version in the same transaction.
ALTER TABLE versi_data ADD COLUMN pengukuran BIGINT UNSIGNED NOT NULL DEFAULT 0;

CREATE TRIGGER versi_pengaturan_capaian_i AFTER INSERT ON pengaturan_capaian FOR EACH ROW
    INSERT INTO versi_data (tenant_id, pengukuran) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE pengukuran = GREATEST(pengukuran + 1, UUID_SHORT());

CREATE TRIGGER versi_pengaturan_capaian_u AFTER UPDATE ON pengaturan_capaian FOR EACH ROW
    INSERT INTO versi_data (tenant_id, pengukuran) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE pengukuran = GREATEST(pengukuran + 1, UUID_SHORT());

CREATE TRIGGER versi_pengaturan_capaian_d AFTER DELETE ON pengaturan_capaian FOR EACH ROW
    INSERT INTO versi_data (tenant_id, pengukuran) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE pengukuran = GREATEST(pengukuran + 1, UUID_SHORT());

CREATE TRIGGER versi_pengukuran_beku_i AFTER INSERT ON pengukuran_beku FOR EACH ROW
    INSERT INTO versi_data (tenant_id, pengukuran) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE pengukuran = GREATEST(pengukuran + 1, UUID_SHORT());

CREATE TRIGGER versi_pengukuran_beku_u AFTER UPDATE ON pengukuran_beku FOR EACH ROW
    INSERT INTO versi_data (tenant_id, pengukuran) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE pengukuran = GREATEST(pengukuran + 1, UUID_SHORT());

CREATE TRIGGER versi_pengukuran_beku_d AFTER DELETE ON pengukuran_beku FOR EACH ROW
    INSERT INTO versi_data (tenant_id, pengukuran) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE pengukuran = GREATEST(pengukuran + 1, UUID_SHORT());
