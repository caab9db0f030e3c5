-- A person's public page lists the threads they started, latest activity first.
CREATE INDEX thread_author_activity_ix ON thread (author_id, last_activity_at, id);
