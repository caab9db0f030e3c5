-- A new thread's draft also keeps what kind of thread it is and the tags typed so far.
ALTER TABLE draft ADD COLUMN kind VARCHAR(16);
ALTER TABLE draft ADD COLUMN tags VARCHAR(400);
