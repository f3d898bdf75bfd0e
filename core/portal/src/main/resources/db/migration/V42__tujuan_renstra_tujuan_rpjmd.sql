-- The tujuan RPJMD an agency's Renstra tujuan serves (issue 13), as V37 links a Renstra sasaran to a sasaran RPJMD.
-- Nullable: the Renstra tujuan of before stay valid unlinked. The service checks the tujuan RPJMD is of the Renstra's
-- own period; the key keeps the link inside the tenant and stops a tujuan RPJMD going while a Renstra tujuan names it.
ALTER TABLE tujuan
    ADD COLUMN tujuan_rpjmd_id BIGINT NULL,
    ADD CONSTRAINT fk_tujuan_tujuan_rpjmd FOREIGN KEY (tenant_id, tujuan_rpjmd_id)
        REFERENCES tujuan_rpjmd (tenant_id, id);
