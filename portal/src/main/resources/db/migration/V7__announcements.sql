-- Announcements: pinned to their board or to every board's top, and an optional site-wide banner.
ALTER TABLE thread ADD COLUMN pinned_globally BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE thread ADD COLUMN banner_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX thread_pinned_ix ON thread (pinned, pinned_globally);
