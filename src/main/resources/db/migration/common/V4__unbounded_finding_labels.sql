-- Group and column labels come from the data's own vocabulary: no length limit that a long label could hit.
ALTER TABLE vigie_finding ALTER COLUMN attribute SET DATA TYPE VARCHAR;
ALTER TABLE vigie_finding ALTER COLUMN group_name SET DATA TYPE VARCHAR;
ALTER TABLE vigie_finding ALTER COLUMN reference_group SET DATA TYPE VARCHAR;
