-- Suggestions have a status with a public note from staff; a duplicate can be merged into another.
ALTER TABLE thread ADD COLUMN status VARCHAR(16);
ALTER TABLE thread ADD COLUMN status_note VARCHAR(1000);
ALTER TABLE thread ADD COLUMN status_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE thread ADD COLUMN merged_into BIGINT REFERENCES thread (id);
UPDATE thread SET status = 'NEW' WHERE kind = 'SUGGESTION';
