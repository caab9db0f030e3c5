-- Erasure (the privacy feature's right to be forgotten): an erased account keeps its row, so the posts it wrote
-- keep their author, but loses how it signed in and what it said about itself. Its name stays reserved as a
-- SHA-256 of the name (hence the wider key), so nobody else can take it and appear as the author of old mentions.
ALTER TABLE account ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ALTER COLUMN email DROP NOT NULL;
ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE account ALTER COLUMN username_key SET DATA TYPE VARCHAR(80);
ALTER TABLE account ALTER COLUMN username SET DATA TYPE VARCHAR(80);
