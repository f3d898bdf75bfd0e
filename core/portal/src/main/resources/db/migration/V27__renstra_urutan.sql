-- The Renstra editor moves a row up or down among its siblings (issue 13). NULL keeps the order rows have always
-- had, by id, so existing plans, rows the plan import adds and the documents keep their order; a move stores the
-- two rows' swapped places. Readers order by COALESCE(urutan, id), id.
ALTER TABLE tujuan ADD COLUMN urutan BIGINT NULL;
ALTER TABLE sasaran ADD COLUMN urutan BIGINT NULL;
ALTER TABLE indikator ADD COLUMN urutan BIGINT NULL;
