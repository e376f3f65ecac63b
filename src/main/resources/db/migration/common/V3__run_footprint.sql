-- The footprint of each run (frugality: measure what a run costs), shown by `vigie runs`.
ALTER TABLE vigie_run ADD COLUMN cpu_seconds DOUBLE PRECISION;
ALTER TABLE vigie_run ADD COLUMN peak_memory_bytes BIGINT;
ALTER TABLE vigie_run ADD COLUMN energy_wh DOUBLE PRECISION;
ALTER TABLE vigie_run ADD COLUMN co2e_grams DOUBLE PRECISION;
