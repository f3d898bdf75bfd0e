-- A percentage realisasi is 0–100. Some indicators in % legitimately leave that range (growth
-- rates below zero, coverage above 100 when the base year is small); the plan marks those, so the
-- check refuses a typo like 250 everywhere else instead of accepting it for every indicator.
ALTER TABLE indikator ADD COLUMN rentang_bebas BOOLEAN NOT NULL DEFAULT FALSE;
