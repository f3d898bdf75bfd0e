-- The workflow role an API token acts in, chosen by the Admin Daerah when creating it. NULL (every token made
-- before) keeps the token's old rights: read, or read and write data, but no approval step.

ALTER TABLE api_token
    ADD COLUMN peran VARCHAR(20) NULL AFTER hak,
    ADD CONSTRAINT ck_api_token_peran CHECK (peran IS NULL OR peran IN ('OPERATOR', 'VERIFIKATOR', 'PIMPINAN'));
