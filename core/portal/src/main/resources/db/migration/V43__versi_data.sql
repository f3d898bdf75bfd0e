-- Versions of a tenant's slow-changing data (issue 16). The plan's structure (agencies, RPJMD periods, officials,
-- tujuan, sasaran, indicators and targets, PK, programs) and the urusan plugins' data are read on every Realisasi and
-- Capaian page: 13 statements for a plan, 4 for the plugins' rows, on each page. The portal keeps what it read under
-- the tenant's version of that data and reads only the version (one row) until it changes.
--
-- The version changes in the database itself, by these triggers, on every insert, update or delete of a row of those
-- tables, whichever path wrote it (a screen, the API, an import, a plugin form, a migration, SQL by hand): no write
-- path can forget it. A version only grows (at least by one), so it never comes back with other data, also after a
-- Galera failover to another node; it starts from UUID_SHORT() (time-based), so a schema created again under a running
-- portal (tests) does not repeat the versions it had. The change commits or rolls back with the write itself.
CREATE TABLE versi_data (
    tenant_id BIGINT NOT NULL PRIMARY KEY,
    rencana   BIGINT UNSIGNED NOT NULL DEFAULT 0,
    urusan    BIGINT UNSIGNED NOT NULL DEFAULT 0
);

CREATE TRIGGER versi_perangkat_daerah_i AFTER INSERT ON perangkat_daerah FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_perangkat_daerah_u AFTER UPDATE ON perangkat_daerah FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_perangkat_daerah_d AFTER DELETE ON perangkat_daerah FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_periode_rpjmd_i AFTER INSERT ON periode_rpjmd FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_periode_rpjmd_u AFTER UPDATE ON periode_rpjmd FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_periode_rpjmd_d AFTER DELETE ON periode_rpjmd FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_bidang_i AFTER INSERT ON bidang FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_bidang_u AFTER UPDATE ON bidang FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_bidang_d AFTER DELETE ON bidang FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pejabat_i AFTER INSERT ON pejabat FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pejabat_u AFTER UPDATE ON pejabat FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pejabat_d AFTER DELETE ON pejabat FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pelaksana_i AFTER INSERT ON pelaksana FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pelaksana_u AFTER UPDATE ON pelaksana FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pelaksana_d AFTER DELETE ON pelaksana FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_tujuan_i AFTER INSERT ON tujuan FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_tujuan_u AFTER UPDATE ON tujuan FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_tujuan_d AFTER DELETE ON tujuan FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_sasaran_i AFTER INSERT ON sasaran FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_sasaran_u AFTER UPDATE ON sasaran FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_sasaran_d AFTER DELETE ON sasaran FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_indikator_i AFTER INSERT ON indikator FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_indikator_u AFTER UPDATE ON indikator FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_indikator_d AFTER DELETE ON indikator FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_target_indikator_i AFTER INSERT ON target_indikator FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_target_indikator_u AFTER UPDATE ON target_indikator FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_target_indikator_d AFTER DELETE ON target_indikator FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_perjanjian_kinerja_i AFTER INSERT ON perjanjian_kinerja FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_perjanjian_kinerja_u AFTER UPDATE ON perjanjian_kinerja FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_perjanjian_kinerja_d AFTER DELETE ON perjanjian_kinerja FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pk_sasaran_i AFTER INSERT ON pk_sasaran FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pk_sasaran_u AFTER UPDATE ON pk_sasaran FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pk_sasaran_d AFTER DELETE ON pk_sasaran FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pk_indikator_i AFTER INSERT ON pk_indikator FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pk_indikator_u AFTER UPDATE ON pk_indikator FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_pk_indikator_d AFTER DELETE ON pk_indikator FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_program_kegiatan_i AFTER INSERT ON program_kegiatan FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_program_kegiatan_u AFTER UPDATE ON program_kegiatan FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_program_kegiatan_d AFTER DELETE ON program_kegiatan FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_indikator_program_i AFTER INSERT ON indikator_program FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_indikator_program_u AFTER UPDATE ON indikator_program FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_indikator_program_d AFTER DELETE ON indikator_program FOR EACH ROW
    INSERT INTO versi_data (tenant_id, rencana) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE rencana = GREATEST(rencana + 1, UUID_SHORT());

CREATE TRIGGER versi_data_urusan_i AFTER INSERT ON data_urusan FOR EACH ROW
    INSERT INTO versi_data (tenant_id, urusan) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE urusan = GREATEST(urusan + 1, UUID_SHORT());

CREATE TRIGGER versi_data_urusan_u AFTER UPDATE ON data_urusan FOR EACH ROW
    INSERT INTO versi_data (tenant_id, urusan) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE urusan = GREATEST(urusan + 1, UUID_SHORT());

CREATE TRIGGER versi_data_urusan_d AFTER DELETE ON data_urusan FOR EACH ROW
    INSERT INTO versi_data (tenant_id, urusan) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE urusan = GREATEST(urusan + 1, UUID_SHORT());

CREATE TRIGGER versi_plugin_daerah_i AFTER INSERT ON plugin_daerah FOR EACH ROW
    INSERT INTO versi_data (tenant_id, urusan) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE urusan = GREATEST(urusan + 1, UUID_SHORT());

CREATE TRIGGER versi_plugin_daerah_u AFTER UPDATE ON plugin_daerah FOR EACH ROW
    INSERT INTO versi_data (tenant_id, urusan) VALUES (NEW.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE urusan = GREATEST(urusan + 1, UUID_SHORT());

CREATE TRIGGER versi_plugin_daerah_d AFTER DELETE ON plugin_daerah FOR EACH ROW
    INSERT INTO versi_data (tenant_id, urusan) VALUES (OLD.tenant_id, UUID_SHORT())
    ON DUPLICATE KEY UPDATE urusan = GREATEST(urusan + 1, UUID_SHORT());
