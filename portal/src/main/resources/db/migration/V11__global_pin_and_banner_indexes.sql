-- Every home page asks for the globally pinned threads and every page for the current banner:
-- without these, both scan the whole thread table (measured on PostgreSQL with 10,000 threads).
CREATE INDEX thread_global_pin_ix ON thread (pinned_globally, created_at);
CREATE INDEX thread_banner_ix ON thread (banner_until);
