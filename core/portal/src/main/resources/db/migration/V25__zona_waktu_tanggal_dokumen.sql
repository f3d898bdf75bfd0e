-- A tenant keeps the zone of its province (Keppres 41/1987) unless the portal operator sets one for it, e.g. a
-- region on a zone border that keeps its neighbour's office hours. NULL: follow the province code.
ALTER TABLE tenant
    ADD COLUMN zona_waktu VARCHAR(4) NULL,
    ADD CONSTRAINT ck_tenant_zona_waktu CHECK (zona_waktu IS NULL OR zona_waktu IN ('WIB', 'WITA', 'WIT'));

-- The date a document is issued on, chosen when it is issued (the LKIP 2022 is dated early 2023), and printed in
-- its place-and-date line. NULL for documents issued before the date was recorded: they printed their issue day.
ALTER TABLE dokumen_terbit
    ADD COLUMN tanggal_dokumen DATE NULL;
