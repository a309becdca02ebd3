-- The number of working days the deadline now running was counted with (verification, follow-up or the reopen
-- window), as the tenant's setting was when it was set. A holiday added or removed later counts that deadline again
-- with the same number, not with a setting changed since. Null for rows from before: counted with the setting of the
-- time of the recount, as they were until now.
ALTER TABLE complaint ADD COLUMN deadline_days INT NULL;
